package duizhao.annotate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reading a character gets when no word decides it: the lexicon's single-character entry (ours before HanLP's
 * commonest reading), else ICU's Han-Latin transliteration ({@link IcuHanReadings}). ICU manages some 80,000
 * characters a second, far too slow to run per character, so a character is transliterated once, on first sight, and
 * remembered. (Filling the whole Basic Multilingual Plane up front cost seconds at every cold start for characters a
 * text never uses.)
 */
final class CharacterReadings {
  private static final String NONE = "";

  /** Readings of the Basic Multilingual Plane; null until first looked up, {@link #NONE} for no reading. */
  private final String[] basicPlane;
  private final Map<Integer, String> beyondBasicPlane = new ConcurrentHashMap<>();
  private final IcuHanReadings icu = new IcuHanReadings();

  private CharacterReadings(String[] basicPlane) {
    this.basicPlane = basicPlane;
  }

  static CharacterReadings create(Lexicon lexicon) {
    String[] basicPlane = new String[Character.MAX_VALUE + 1];
    for (LexiconEntry entry : lexicon.entries()) {
      String word = entry.word();
      if (word.length() == 1) {
        basicPlane[word.charAt(0)] = entry.spelling().syllable(0);
      }
    }
    return new CharacterReadings(basicPlane);
  }

  /** True when {@link #reading} has a reading for the character. */
  boolean isReadable(int codePoint) {
    return reading(codePoint) != null;
  }

  /** The tone-numbered reading, or null when the character is no Chinese character or has no known reading. */
  String reading(int codePoint) {
    String found;
    if (codePoint <= Character.MAX_VALUE) {
      found = basicPlane[codePoint];
      if (found == null) {
        // A benign race: two threads may both transliterate, and both store the same immutable string.
        String reading = !Character.isSurrogate((char) codePoint) && HanText.isHan(codePoint)
            ? icu.reading(codePoint) : null;
        found = reading == null || reading.isEmpty() ? NONE : reading;
        basicPlane[codePoint] = found;
      }
    } else {
      found = beyondBasicPlane.computeIfAbsent(codePoint, c -> {
        String reading = HanText.isHan(c) ? icu.reading(c) : null;
        return reading == null || reading.isEmpty() ? NONE : reading;
      });
    }
    // Compared by identity: asked for every character of every text, this need not read the string itself.
    return found == null || found == NONE ? null : found;
  }
}
