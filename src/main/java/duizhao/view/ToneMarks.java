package duizhao.view;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tone-numbered syllables ({@code zhong1}, {@code de5}, {@code lü4}) to tone marks ({@code zhōng}, {@code de},
 * {@code lǜ}) by the standard placement rule: on a or e; on the o of ou; otherwise on the last vowel; on m or n when
 * there is none. It gives what ICU's NumericPinyin-Latin transform gives (a test checks every syllable of the pinyin
 * data), without compiling that transform's rules, which took a third of a second at every start. There are only
 * about 1,500 syllables, so results are cached.
 */
final class ToneMarks {
  /** Combining macron, acute, caron and grave: tones 1 to 4. */
  private static final char[] MARKS = {'\u0304', '\u0301', '\u030C', '\u0300'};

  private final Map<String, String> cache = new ConcurrentHashMap<>();

  String marked(String reading) {
    return cache.computeIfAbsent(reading, ToneMarks::convert);
  }

  private static String convert(String reading) {
    String r = reading.toLowerCase(Locale.ROOT).replace("u:", "ü").replace('v', 'ü');
    if (r.isEmpty()) {
      return r;
    }
    char last = r.charAt(r.length() - 1);
    if (last < '1' || last > '4') {
      return last == '5' || last == '0' ? r.substring(0, r.length() - 1) : r;
    }
    String syllable = r.substring(0, r.length() - 1);
    int at = markedLetter(syllable);
    if (at < 0) {
      return syllable;
    }
    String withMark = syllable.substring(0, at + 1) + MARKS[last - '1'] + syllable.substring(at + 1);
    return Normalizer.normalize(withMark, Normalizer.Form.NFC);
  }

  /** The index of the letter that carries the tone mark, or -1. */
  private static int markedLetter(String syllable) {
    int a = syllable.indexOf('a');
    if (a >= 0) {
      return a;
    }
    int e = syllable.indexOf('e');
    if (e >= 0) {
      return e;
    }
    int ou = syllable.indexOf("ou");
    if (ou >= 0) {
      return ou;
    }
    for (int i = syllable.length() - 1; i >= 0; i--) {
      if ("iouü".indexOf(syllable.charAt(i)) >= 0) {
        return i;
      }
    }
    for (int i = 0; i < syllable.length(); i++) {
      if (syllable.charAt(i) == 'm' || syllable.charAt(i) == 'n') {
        return i;
      }
    }
    return -1;
  }
}
