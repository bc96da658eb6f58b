package duizhao.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ToneMarksTest {
  @Test
  void marksTheStandardExamples() {
    ToneMarks marks = new ToneMarks();
    assertEquals("zhōng", marks.marked("zhong1"));
    assertEquals("guó", marks.marked("guo2"));
    assertEquals("lǜ", marks.marked("lü4"));
    assertEquals("nǚ", marks.marked("nv3"));
    assertEquals("lüè", marks.marked("lu:e4"));
    assertEquals("liù", marks.marked("liu4"));
    assertEquals("duì", marks.marked("dui4"));
    assertEquals("hǒu", marks.marked("hou3"));
    assertEquals("de", marks.marked("de5"));
    assertEquals("ér", marks.marked("er2"));
  }

  /** ICU's NumericPinyin-Latin transform, which the build used before, is the reference for every syllable. */
  @Test
  void givesWhatIcuGivesForEverySyllableOfThePinyinData() throws IOException {
    Transliterator icu = Transliterator.getInstance("NumericPinyin-Latin");
    ToneMarks marks = new ToneMarks();
    Set<String> syllables = syllables();
    assertTrue(syllables.size() > 1000, "syllables: " + syllables.size());
    List<String> different = new ArrayList<>();
    for (String s : syllables) {
      String r = s.toLowerCase(Locale.ROOT).replace("u:", "ü").replace('v', 'ü');
      String expected = r.endsWith("5") || r.endsWith("0") ? r.substring(0, r.length() - 1)
          : Normalizer.normalize(icu.transliterate(r), Normalizer.Form.NFC);
      if (!expected.equals(marks.marked(s))) {
        different.add(s + " → " + marks.marked(s) + ", ICU " + expected);
      }
    }
    assertEquals(List.of(), different);
  }

  private static Set<String> syllables() throws IOException {
    Set<String> syllables = new TreeSet<>();
    try (InputStream in = ToneMarksTest.class.getResourceAsStream("/data/dictionary/pinyin/pinyin.txt");
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          for (String s : line.substring(eq + 1).split(",")) {
            if (s.matches("[a-zü:v]+[0-5]")) {
              syllables.add(s);
            }
          }
        }
      }
    }
    return syllables;
  }
}
