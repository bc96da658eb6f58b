package duizhao.annotate;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes tone-numbered syllables with tone marks ({@code zhong1} → {@code zhōng}, {@code lü4} → {@code lǜ},
 * {@code de5} → {@code de}) by the standard placement rule: on a or e; on the o of ou; otherwise on the last vowel; on
 * the m or n of a syllable without vowel ({@code ng2} → {@code ńg}, as 现代汉语词典 writes 嗯). The view stage uses it
 * too, for the syllable over each character.
 *
 * <p>A test checks that this gives what ICU's NumericPinyin-Latin transform gives for every syllable of the
 * inventory (except ng and hng, where ICU puts the mark on the g); compiling that transform's rules took a third of a
 * second at every start.
 */
public final class ToneMarks {
  /** Combining macron, acute, caron and grave: tones 1 to 4. */
  private static final char[] MARKS = {'\u0304', '\u0301', '\u030C', '\u0300'};

  private static final ToneMarks INSTANCE = new ToneMarks(table());

  private final Map<String, String> marked;

  private ToneMarks(Map<String, String> marked) {
    this.marked = marked;
  }

  /** The one table of every syllable of the inventory, immutable and made once per JVM. */
  public static ToneMarks create() {
    return INSTANCE;
  }

  private static Map<String, String> table() {
    Map<String, String> marked = new HashMap<>();
    for (String syllable : Syllables.all()) {
      marked.put(syllable, convert(syllable));
    }
    return Map.copyOf(marked);
  }

  /**
   * The syllable with its tone mark.
   *
   * @param syllable tone-numbered as in {@link duizhao.model.Token#readings()}: lowercase, ü written ü, tone 1 to 5
   * @throws IllegalArgumentException when {@code syllable} is no syllable of Putonghua in that form
   */
  public String mark(String syllable) {
    String found = marked.get(syllable);
    if (found == null) {
      throw new IllegalArgumentException("not a syllable: " + syllable);
    }
    return found;
  }

  private static String convert(String syllable) {
    int tone = Syllables.tone(syllable);
    String letters = syllable.substring(0, syllable.length() - 1);
    int at = markedLetter(letters);
    if (tone == 5 || at < 0) {
      return letters;
    }
    String withMark = letters.substring(0, at + 1) + MARKS[tone - 1] + letters.substring(at + 1);
    return Normalizer.normalize(withMark, Normalizer.Form.NFC);
  }

  /** The index of the letter that carries the tone mark, or -1. */
  private static int markedLetter(String letters) {
    int a = letters.indexOf('a');
    if (a >= 0) {
      return a;
    }
    int e = letters.indexOf('e');
    if (e >= 0) {
      return e;
    }
    int ou = letters.indexOf("ou");
    if (ou >= 0) {
      return ou;
    }
    for (int i = letters.length() - 1; i >= 0; i--) {
      if ("iouü".indexOf(letters.charAt(i)) >= 0) {
        return i;
      }
    }
    for (int i = 0; i < letters.length(); i++) {
      if (letters.charAt(i) == 'm' || letters.charAt(i) == 'n') {
        return i;
      }
    }
    return -1;
  }
}
