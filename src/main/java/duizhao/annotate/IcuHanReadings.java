package duizhao.annotate;

import com.ibm.icu.text.Transliterator;

/**
 * The reading ICU's Han-Latin transform gives a character, for the few characters the lexicon lacks. The transforms
 * are compiled on first use, not at creation: compiling Han-Latin's rules took most of {@link Annotator#create} (0.3 s
 * of the main thread's CPU in a cold build with the launcher, more without it), and the bundled data covers every
 * character of a usual text.
 */
final class IcuHanReadings {
  private Transliterator hanToLatin;
  private Transliterator latinToNumbered;

  /** The tone-numbered reading of a Chinese character, or null when ICU has none. */
  String reading(int codePoint) {
    String numbered;
    // ICU does not promise that a transliterator may be shared between threads; this also guards the lazy creation.
    synchronized (this) {
      if (hanToLatin == null) {
        hanToLatin = Transliterator.getInstance("Han-Latin");
        latinToNumbered = Transliterator.getInstance("Latin-NumericPinyin");
      }
      numbered = latinToNumbered.transliterate(hanToLatin.transliterate(new String(Character.toChars(codePoint))));
    }
    if (numbered.isEmpty()) {
      return null;
    }
    char last = numbered.charAt(numbered.length() - 1);
    return Syllables.canonical(last >= '1' && last <= '5' ? numbered : numbered + '5');
  }
}
