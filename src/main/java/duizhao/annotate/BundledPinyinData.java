package duizhao.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * HanLP's pinyin dictionary ({@code data/dictionary/pinyin/pinyin.txt} in the hanlp-portable jar, Apache-2.0): about
 * 10,000 words whose characters have several readings, and the readings of 20,000 single characters, one line each as
 * {@code 重申=chong2,shen1}. Only this data file is used; none of HanLP's code.
 *
 * <p>For a single character the list gives its readings, commonest first; for a word, one syllable per character.
 * The data writes some words with the tone changes of 一 and 不 already applied ({@code 一丝不差=yi4,…}); those are put
 * back to the citation tones yi1 and bu4, as the stage computes the spoken tones itself.
 */
final class BundledPinyinData {
  static final String RESOURCE = "data/dictionary/pinyin/pinyin.txt";
  private static final String ORIGIN = "hanlp-portable-1.8.6:" + RESOURCE;

  private BundledPinyinData() {}

  static Map<String, LexiconEntry> read() {
    InputStream in = BundledPinyinData.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(RESOURCE + " is missing from the classpath (hanlp-portable jar)");
    }
    Map<String, LexiconEntry> entries = new HashMap<>(64 * 1024);
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        LexiconEntry entry = entry(line, lineNumber);
        if (entry != null) {
          entries.put(entry.word(), entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  /**
   * The entry of one line ({@code 重申=chong2,shen1}), or null for a line that is none: no word, a character that is not
   * Chinese, an unknown syllable, or (for a word) as many readings as characters. A single character takes its first,
   * commonest reading. Parsed by hand, without streams, regular expressions or splitting: this runs 30,000 times at
   * every cold start, mostly before the JIT compiler has compiled it.
   */
  private static LexiconEntry entry(String line, int lineNumber) {
    int equals = line.indexOf('=');
    if (equals <= 0) {
      return null;
    }
    String word = line.substring(0, equals);
    int characters = word.codePointCount(0, word.length());
    int end = line.length();
    while (end > equals + 1 && line.charAt(end - 1) == ',') {
      end--; // trailing empty readings do not count, as String.split drops them
    }
    String[] syllables = new String[characters];
    int wordAt = 0;
    int readingAt = equals + 1;
    for (int i = 0; i < characters; i++) {
      int codePoint = word.codePointAt(wordAt);
      wordAt += Character.charCount(codePoint);
      if (!HanText.isHan(codePoint) || readingAt > end) {
        return null;
      }
      int comma = line.indexOf(',', readingAt);
      int readingEnd = comma < 0 || comma > end ? end : comma;
      String syllable = Syllables.canonical(line.substring(readingAt, readingEnd));
      if (syllable == null) {
        return null;
      }
      syllables[i] = citation(codePoint, syllable);
      readingAt = readingEnd + 1;
    }
    if (characters > 1 && readingAt <= end) {
      return null;
    }
    return new LexiconEntry(word, Spelling.joined(Arrays.asList(syllables)), false, ORIGIN + ":" + lineNumber);
  }

  private static String citation(int codePoint, String syllable) {
    if (codePoint == '一' && syllable.startsWith("yi") && Syllables.tone(syllable) != 5) {
      return Syllables.canonical("yi1");
    }
    if (codePoint == '不' && syllable.equals("bu2")) {
      return Syllables.canonical("bu4");
    }
    return syllable;
  }
}
