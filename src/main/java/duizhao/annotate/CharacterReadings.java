package duizhao.annotate;

import com.ibm.icu.text.Transliterator;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reading a character gets when no word decides it: the lexicon's single-character entry (ours before HanLP's
 * commonest reading), else ICU's Han-Latin transliteration. ICU manages some 80,000 characters a second, far too slow
 * to run per character, so every character of the Basic Multilingual Plane is looked up once at creation time; the
 * rare characters beyond it are transliterated on first sight and remembered.
 */
final class CharacterReadings {
  private static final String NONE = "";

  private final String[] basicPlane;
  /** The characters of the Basic Multilingual Plane that have a reading: 8 KB that stay in cache, unlike the table. */
  private final BitSet readableBasicPlane = new BitSet(Character.MAX_VALUE + 1);
  private final Map<Integer, String> beyondBasicPlane = new ConcurrentHashMap<>();
  private final Transliterator hanToLatin;
  private final Transliterator latinToNumbered;

  private CharacterReadings(String[] basicPlane, Transliterator hanToLatin, Transliterator latinToNumbered) {
    this.basicPlane = basicPlane;
    this.hanToLatin = hanToLatin;
    this.latinToNumbered = latinToNumbered;
  }

  static CharacterReadings create(Lexicon lexicon) {
    String[] basicPlane = new String[Character.MAX_VALUE + 1];
    for (LexiconEntry entry : lexicon.entries()) {
      String word = entry.word();
      if (word.length() == 1) {
        basicPlane[word.charAt(0)] = entry.spelling().syllable(0);
      }
    }
    CharacterReadings readings = new CharacterReadings(basicPlane, Transliterator.getInstance("Han-Latin"),
        Transliterator.getInstance("Latin-NumericPinyin"));
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (basicPlane[c] == null && !Character.isSurrogate((char) c) && HanText.isHan(c)) {
        String reading = readings.transliterate(c);
        basicPlane[c] = reading == null ? NONE : reading;
      }
      if (basicPlane[c] != null && !basicPlane[c].isEmpty()) {
        readings.readableBasicPlane.set(c);
      }
    }
    return readings;
  }

  /** True when {@link #reading} has a reading for the character. */
  boolean isReadable(int codePoint) {
    return codePoint <= Character.MAX_VALUE ? readableBasicPlane.get(codePoint) : reading(codePoint) != null;
  }

  /** The tone-numbered reading, or null when the character is no Chinese character or has no known reading. */
  String reading(int codePoint) {
    String found;
    if (codePoint <= Character.MAX_VALUE) {
      found = basicPlane[codePoint];
    } else {
      found = beyondBasicPlane.computeIfAbsent(codePoint, c -> {
        String reading = HanText.isHan(c) ? transliterate(c) : null;
        return reading == null ? NONE : reading;
      });
    }
    return found == null || found.isEmpty() ? null : found;
  }

  private String transliterate(int codePoint) {
    String numbered;
    // ICU does not promise that a transliterator may be shared between threads.
    synchronized (this) {
      numbered = latinToNumbered.transliterate(hanToLatin.transliterate(new String(Character.toChars(codePoint))));
    }
    if (numbered.isEmpty()) {
      return null;
    }
    char last = numbered.charAt(numbered.length() - 1);
    return Syllables.canonical(last >= '1' && last <= '5' ? numbered : numbered + '5');
  }
}
