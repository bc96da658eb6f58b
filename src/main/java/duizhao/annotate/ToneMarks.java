package duizhao.annotate;

import com.ibm.icu.text.Transliterator;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes tone-numbered syllables with tone marks ({@code lü4} → {@code lǜ}, {@code de5} → {@code de}). ICU's
 * NumericPinyin-Latin transliterator does the placing of the mark; it runs once per syllable of the inventory here,
 * as a transliterator call per syllable at annotation time would cost more than everything else together.
 */
final class ToneMarks {
  private final Map<String, String> marked;

  private ToneMarks(Map<String, String> marked) {
    this.marked = marked;
  }

  /** The one table, made on first use: it is immutable, and making it costs a transliterator and 1,500 calls. */
  static ToneMarks create() {
    return Shared.INSTANCE;
  }

  /** Holds the table, so that it is made once per JVM, not once per build (overrides are parsed on every build). */
  private static final class Shared {
    static final ToneMarks INSTANCE = make();
  }

  private static ToneMarks make() {
    Transliterator toMarks = Transliterator.getInstance("NumericPinyin-Latin");
    Map<String, String> marked = new HashMap<>();
    for (String syllable : Syllables.all()) {
      // ICU leaves the digit 5 in place; the neutral tone is written without a mark.
      String input = Syllables.tone(syllable) == 5 ? syllable.substring(0, syllable.length() - 1) : syllable;
      marked.put(syllable, toMarks.transliterate(input));
    }
    return new ToneMarks(Map.copyOf(marked));
  }

  String mark(String syllable) {
    String found = marked.get(syllable);
    if (found == null) {
      throw new IllegalArgumentException("not a syllable: " + syllable);
    }
    return found;
  }
}
