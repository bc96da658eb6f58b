package duizhao.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

  private static LexiconEntry entry(String line, int lineNumber) {
    int equals = line.indexOf('=');
    if (equals <= 0) {
      return null;
    }
    String word = line.substring(0, equals);
    String[] readings = line.substring(equals + 1).split(",");
    int characters = word.codePointCount(0, word.length());
    if (!word.codePoints().allMatch(HanText::isHan)) {
      return null;
    }
    String[] syllables = characters == 1 ? new String[] {readings[0]} : readings;
    if (syllables.length != characters) {
      return null;
    }
    String[] canonical = new String[characters];
    int[] codePoints = word.codePoints().toArray();
    for (int i = 0; i < characters; i++) {
      String syllable = Syllables.canonical(syllables[i]);
      if (syllable == null) {
        return null;
      }
      canonical[i] = citation(codePoints[i], syllable);
    }
    return new LexiconEntry(word, Spelling.joined(java.util.List.of(canonical)), false, ORIGIN + ":" + lineNumber);
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
