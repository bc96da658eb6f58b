package duizhao.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ToneMarksTest {
  private static final ToneMarks MARKS = ToneMarks.create();

  @Test
  void marksTheStandardExamples() {
    assertEquals("zhōng", MARKS.mark("zhong1"));
    assertEquals("guó", MARKS.mark("guo2"));
    assertEquals("lǜ", MARKS.mark("lü4"));
    assertEquals("nǚ", MARKS.mark("nü3"));
    assertEquals("lüè", MARKS.mark("lüe4"));
    assertEquals("liù", MARKS.mark("liu4"));
    assertEquals("duì", MARKS.mark("dui4"));
    assertEquals("hǒu", MARKS.mark("hou3"));
    assertEquals("de", MARKS.mark("de5"));
    assertEquals("ér", MARKS.mark("er2"));
  }

  @Test
  void marksTheNasalOfASyllableWithoutVowel() {
    assertEquals("ḿ", MARKS.mark("m2"));
    assertEquals("ň", MARKS.mark("n3"));
    assertEquals("ǹg", MARKS.mark("ng4"));
    assertEquals("hńg", MARKS.mark("hng2"));
    assertEquals("hm", MARKS.mark("hm5"));
  }

  @Test
  void rejectsWhatIsNoSyllable() {
    assertThrows(IllegalArgumentException.class, () -> MARKS.mark("xyz1"));
    assertThrows(IllegalArgumentException.class, () -> MARKS.mark("zhong"));
    assertThrows(IllegalArgumentException.class, () -> MARKS.mark("Zhong1"));
  }

  /**
   * ICU's NumericPinyin-Latin transform, which the build used before, is the reference for every syllable of the
   * inventory in every tone: every reading the stage gives (lexicon, HanLP's data, ICU's fallback) is one of them.
   * ICU writes ng and hng with the mark on the g (nǵ); they differ on purpose, as 现代汉语词典 puts it on the n (ńg).
   */
  @Test
  void givesWhatIcuGivesForEverySyllableOfTheInventory() {
    Transliterator icu = Transliterator.getInstance("NumericPinyin-Latin");
    Set<String> syllables = new TreeSet<>();
    Syllables.all().forEach(syllables::add);
    assertTrue(syllables.size() > 2000, "syllables: " + syllables.size());
    List<String> different = new ArrayList<>();
    for (String s : syllables) {
      // ICU leaves the digit 5 in place; the neutral tone is written without a mark.
      String expected = Syllables.tone(s) == 5 ? s.substring(0, s.length() - 1) : icu.transliterate(s);
      if (!expected.equals(MARKS.mark(s)) && !s.matches("h?ng[1-4]")) {
        different.add(s + " → " + MARKS.mark(s) + ", ICU " + expected);
      }
    }
    assertEquals(List.of(), different);
  }
}
