package duizhao.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The numbered notation of the lexicon and the written form it becomes. */
class SpellingTest {
  private static final ToneMarks MARKS = ToneMarks.create();

  @Test
  void writesToneMarksSpacesHyphensCapitalsAndApostrophes() {
    assertEquals("Xí Jìnpíng", write("Xi2 Jin4ping2"));
    assertEquals("Zhōng-Měi", write("Zhong1-Mei3"));
    assertEquals("Xī'ān", write("Xi1an1"));
    assertEquals("zhēteng", write("zhe1teng5"));
    assertEquals("lǜ lüè nǚ", write("lü4 lüe4 nü3"));
    assertEquals("Ōu'ěr", write("Ou1er3"));
  }

  @Test
  void readsItsOwnWrittenFormBack() {
    for (String notation : List.of("Xi2 Jin4ping2", "Zhong1-Mei3", "Xi1an1", "bu4qie4-shi2ji4", "zhe1teng5")) {
      Spelling spelling = Spelling.parse(notation);
      assertEquals(spelling, Spelling.ofWritten(spelling.write(MARKS), spelling.syllables(), MARKS));
    }
  }

  @Test
  void rejectsMalformedNotation() {
    assertEquals("'xyz1' is not a pinyin syllable", message("xyz1"));
    assertEquals("'zhe' has no tone number (5 is the neutral tone)", message("zhe"));
    assertEquals("capital inside a word in 'zhe1Teng5'", message("zhe1Teng5"));
    assertEquals("misplaced ' ' in 'zhe1  teng5'", message("zhe1  teng5"));
    assertEquals("unexpected '0' in 'de0' (write tones as 1-5)", message("de0"));
    assertEquals("no syllables in ''", message(""));
  }

  @Test
  void joinsPiecesIntoOneWrittenWord() {
    Spelling word = Spelling.parse("jiao1huan4").append(Spelling.parse("le5"));
    assertEquals("jiāohuànle", word.write(MARKS));
  }

  private static String write(String notation) {
    return Spelling.parse(notation).write(MARKS);
  }

  private static String message(String notation) {
    return assertThrows(IllegalArgumentException.class, () -> Spelling.parse(notation)).getMessage();
  }
}
