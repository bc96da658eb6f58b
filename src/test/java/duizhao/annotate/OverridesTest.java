package duizhao.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duizhao.diagnostic.ContentException;
import duizhao.diagnostic.Diagnostic;
import duizhao.diagnostic.Diagnostics;
import duizhao.model.Token;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Per-article corrections of the automatic pinyin. */
class OverridesTest {
  private static final String FILE = "content/x/overrides.tsv";
  private static final String SENTENCE = "p13-s3";
  private static final String TEXT = Article.sentences().get(SENTENCE);

  @Test
  void correctsOneOccurrenceOfAWordInItsSentence() throws ContentException {
    Overrides overrides = Overrides.parse(FILE, "# test\n" + SENTENCE + "\t地方#2\tdi4fang1\ttest of #2\n");
    Diagnostics problems = new Diagnostics();
    List<Token> tokens = overrides.apply(SENTENCE, TEXT, annotate(TEXT), problems);
    List<Token> places = tokens.stream().filter(t -> t.text().equals("地方")).toList();
    assertEquals(List.of("di4", "fang5"), places.get(0).readings());
    assertEquals(List.of("di4", "fang1"), places.get(1).readings());
    assertEquals("dìfāng", places.get(1).pinyin());
    assertEquals(List.of("di4", "fang5"), places.get(2).readings());
    assertEquals(List.of(), problems.all());
  }

  @Test
  void correctsEveryOccurrenceWithoutANumber() throws ContentException {
    Overrides overrides = Overrides.parse(FILE, SENTENCE + "\t地方\tdi4fang1\ttest\n");
    List<Token> tokens = overrides.apply(SENTENCE, TEXT, annotate(TEXT), new Diagnostics());
    assertTrue(tokens.stream().filter(t -> t.text().equals("地方")).allMatch(t -> t.pinyin().equals("dìfāng")));
  }

  @Test
  void writesTheCorrectionsCapitalsAndSpaces() throws ContentException {
    String text = "华人最先抵达美国";
    Overrides overrides = Overrides.parse(FILE, "s\t华人\tHua2ren2\ttest\n");
    Token corrected = overrides.apply("s", text, annotate(text), new Diagnostics()).get(0);
    assertEquals("Huárén", corrected.pinyin());
  }

  @Test
  void recomputesTheSpokenTonesAroundACorrection() throws ContentException {
    String text = "一种是加强合作";
    assertEquals("yì", annotate(text).get(0).spokenPinyin());
    Overrides overrides = Overrides.parse(FILE, "s\t种\tzhong4\ttest: a fourth tone after 一\n");
    List<Token> tokens = overrides.apply("s", text, annotate(text), new Diagnostics());
    assertEquals("yí", tokens.get(0).spokenPinyin());
    assertNull(tokens.get(1).spokenPinyin());
  }

  @Test
  void leavesOtherSentencesAlone() throws ContentException {
    Overrides overrides = Overrides.parse(FILE, SENTENCE + "\t地方\tdi4fang1\ttest\n");
    List<Token> tokens = annotate("扩大地方交往");
    assertEquals(tokens, overrides.apply("p10-s2", "扩大地方交往", tokens, new Diagnostics()));
  }

  @Test
  void reportsACorrectionWhoseWordIsNotATokenOfItsSentence() throws ContentException {
    Overrides overrides = Overrides.parse(FILE, "# c\n" + SENTENCE + "\t地方#4\tdi4fang1\tthere are three\n"
        + SENTENCE + "\t华人最先\thua2ren2zui4xian1\tnot one token\n");
    Diagnostics problems = new Diagnostics();
    overrides.apply(SENTENCE, TEXT, annotate(TEXT), problems);
    overrides.reportUnused(problems);
    List<Diagnostic> errors = problems.all();
    assertEquals(2, errors.size());
    assertEquals(FILE + ":2:1: error: no token 地方#4 in sentence p13-s3", errors.get(0).headline());
    assertEquals(FILE + ":3:1: error: no token 华人最先 in sentence p13-s3", errors.get(1).headline());
    assertTrue(errors.get(1).hint().startsWith("the sentence is now cut as: 旧金山 是 华人 最先"));
  }

  @Test
  void reportsACorrectionForASentenceThatNeverCame() throws ContentException {
    Overrides overrides = Overrides.parse(FILE, "p99-s1\t地方\tdi4fang1\tno such sentence\n");
    Diagnostics problems = new Diagnostics();
    overrides.apply(SENTENCE, TEXT, annotate(TEXT), problems);
    overrides.reportUnused(problems);
    assertEquals(FILE + ":1:1: error: no sentence p99-s1 received this correction of 地方",
        problems.all().get(0).headline());
  }

  @Test
  void rejectsMalformedLines() {
    assertEquals(FILE + ":1:1: error: expected 4 tab-separated fields with a reason, found 3",
        firstError("p1-s1\t地方\tdi4fang1\n"));
    assertEquals(FILE + ":1:1: error: expected 4 tab-separated fields with a reason, found 4",
        firstError("p1-s1\t地方\tdi4fang1\t \n"));
    assertEquals(FILE + ":1:10: error: 1 syllables for the 2 Chinese characters of 地方",
        firstError("p1-s1\t地方\tdi4\treason\n"));
    assertEquals(FILE + ":1:7: error: expected a word, optionally with #n (n ≥ 1)",
        firstError("p1-s1\t地方#0\tdi4fang1\treason\n"));
    assertEquals(FILE + ":2:1: error: the same correction as on line 1",
        firstError("p1-s1\t地方\tdi4fang1\ta\np1-s1\t地方\tdi4fang5\tb\n"));
  }

  /** One test per line of the article's overrides file: the line finds its word and makes it match the reference. */
  @TestFactory
  Stream<DynamicTest> everyCorrectionOfTheArticleFindsItsWordAndFixesIt() throws ContentException {
    String text = Article.read(Article.OVERRIDES);
    Overrides overrides = Overrides.parse(Article.OVERRIDES.toString(), text);
    return text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> {
      String[] fields = line.split("\t");
      return DynamicTest.dynamicTest(line, () -> {
        String sentence = Article.sentences().get(fields[0]);
        Diagnostics problems = new Diagnostics();
        List<Token> automatic = annotate(sentence);
        List<Token> corrected = overrides.apply(fields[0], sentence, automatic, problems);
        assertEquals(List.of(), problems.all());
        List<String> expected = List.of(Article.reading().get(fields[0]).split(" "));
        assertTrue(!Article.readings(automatic).equals(expected), "the automatic reading is already right");
        assertEquals(expected, Article.readings(corrected));
      });
    });
  }

  private static List<Token> annotate(String text) {
    return Article.annotator().annotate(text, List.of());
  }

  private static String firstError(String text) {
    ContentException thrown = assertThrows(ContentException.class, () -> Overrides.parse(FILE, text));
    return thrown.diagnostics().get(0).headline();
  }
}
