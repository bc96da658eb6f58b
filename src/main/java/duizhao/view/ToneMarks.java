package duizhao.view;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tone-numbered syllables ({@code zhong1}, {@code de5}, {@code lü4}) to tone marks ({@code zhōng}, {@code de},
 * {@code lǜ}) with ICU's NumericPinyin-Latin transform. There are only about 1,500 syllables, so results are cached.
 */
final class ToneMarks {
  private final Transliterator numericToMarks = Transliterator.getInstance("NumericPinyin-Latin");
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  String marked(String reading) {
    return cache.computeIfAbsent(reading, this::convert);
  }

  private String convert(String reading) {
    String r = reading.toLowerCase(Locale.ROOT).replace("u:", "ü").replace('v', 'ü');
    if (r.endsWith("5") || r.endsWith("0")) {
      return r.substring(0, r.length() - 1);
    }
    return Normalizer.normalize(numericToMarks.transliterate(r), Normalizer.Form.NFC);
  }
}
