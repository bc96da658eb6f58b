package duizhao.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duizhao.diagnostic.ContentException;
import duizhao.diagnostic.Diagnostic;
import duizhao.model.Article;
import duizhao.model.Paragraph;
import duizhao.model.Sentence;
import duizhao.testing.ArticleText;
import duizhao.testing.Golden;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The loader on small synthetic readouts of the same genre ({@code src/test/resources/loader/}): what another Xinhua
 * text may look like, and what it must give.
 */
class LoaderSpecTest {
  /** The article that every variant of the base fixture (wrap widths, line endings, spaces, false breaks) holds. */
  private static final String BASE = """
      title 国家主席会见来访的某国总统
      source-line 2024年3月5日来源：新华网 (date 2024-03-05, source 新华网)
      dateline 新华社北京3月4日电

      p1
      p1-s1 3月4日下午，国家主席在人民大会堂会见来访的某国总统。
      p1-s2 双方就双边关系和共同关心的国际问题深入交换了意见。

      p2
      p2-s1 国家主席指出，两国是好朋友、好伙伴。
      p2-s2 建交50年来，两国关系经受住了国际风云变幻的考验。
      p2-s3 中方愿同某国一道，推动两国关系不断向前发展。

      p3
      p3-s1 某国总统表示，愿同中方加强在COP28等多边框架内的协调，共同维护《联合国宪章》宗旨和原则。

      p4
      p4-s1 会见后，两国元首共同见证了双边合作文件的签署。
      """;

  static Stream<Path> fixtures() {
    return ArticleText.fixtures();
  }

  private static Article fixture(String name) throws ContentException {
    return ArticleText.load(ArticleText.FIXTURES.resolve(name));
  }

  private static Article text(String text) throws ContentException {
    return ArticleText.load("test.txt", text.getBytes(StandardCharsets.UTF_8));
  }

  private static Diagnostic failure(String text) {
    ContentException e = assertThrows(ContentException.class, () -> text(text));
    assertEquals(1, e.diagnostics().size(), e.getMessage());
    return e.diagnostics().get(0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void everyFixtureMatchesItsGoldenArticle(Path fixture) throws ContentException {
    String name = fixture.getFileName().toString();
    Golden.assertMatches("loader/" + name, ArticleText.dumpWithRepairs(ArticleText.load(fixture)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"wrap-10.txt", "wrap-17.txt", "wrap-40.txt", "crlf.txt", "cr-only.txt", "bom.txt",
      "bom-crlf.txt", "spaces.txt", "false-breaks.txt"})
  void everyVariantOfTheBaseReadoutGivesTheSameArticle(String name) throws ContentException {
    assertEquals(BASE, ArticleText.dump(fixture(name)));
  }

  @Test
  void joinsLinesWrappedAtTenCharactersWithNoSpace() throws ContentException {
    Article a = fixture("wrap-10.txt");
    assertEquals("国家主席会见来访的某国总统", a.title());
    assertEquals("2024年3月5日来源：新华网", a.sourceLine().text());
    assertEquals("某国总统表示，愿同中方加强在COP28等多边框架内的协调，共同维护《联合国宪章》宗旨和原则。",
        a.paragraphs().get(2).zh());
  }

  @Test
  void removesSpacesAndFullWidthSpacesAtLineStartsAndEndsAndBesideChinese() throws ContentException {
    Article a = fixture("spaces.txt");
    assertEquals(4, a.paragraphs().size());
    assertTrue(a.sentences().stream().noneMatch(s -> s.zh().matches(".*[\\s\\u3000].*")));
    assertEquals("建交50年来，两国关系经受住了国际风云变幻的考验。", a.paragraphs().get(1).sentences().get(1).zh());
    assertTrue(a.paragraphs().get(2).zh().contains("加强在COP28等多边框架内"));
  }

  @Test
  void joinsFalseBreaksAfterACommaAndInsideABookTitle() throws ContentException {
    Article a = fixture("false-breaks.txt");
    assertEquals(4, a.paragraphs().size());
    assertEquals(List.of("joined a false paragraph break between lines 9 and 11",
        "joined a false paragraph break between lines 13 and 15"),
        a.repairs().stream().map(r -> r.description()).toList());
  }

  @Test
  void detectsSevenNumberedPointsIncludingSixAndSeven() throws ContentException {
    Article a = fixture("seven-points.txt");
    assertEquals(List.of("p3", "p4", "p5", "p6", "p7", "p8", "p9"), a.pillars().stream().map(Paragraph::id).toList());
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), a.pillars().stream().map(Paragraph::pillar).toList());
    assertEquals("pillar-7", a.paragraphs().get(8).pillarId());
    assertNull(a.paragraphs().get(9).pillar());
  }

  @Test
  void loadsAReadoutWithoutSourceLine() throws ContentException {
    Article a = fixture("no-source-line.txt");
    assertNull(a.sourceLine());
    assertEquals("外交部发言人答记者问", a.title());
    assertEquals("新华社北京6月1日电", a.dateline());
    assertEquals(2, a.paragraphs().size());
  }

  @Test
  void keepsTheReportersParentheticalInTheDateline() throws ContentException {
    Article a = fixture("reporter-dateline.txt");
    assertEquals("新华社北京11月15日电（记者张三）", a.dateline());
    assertEquals("11月15日，国家主席在北京会见某国总理。", a.paragraphs().get(0).zh());
  }

  @Test
  void keepsTheReportersParentheticalInTheDatelineAcrossAStraySpace() throws ContentException {
    Article a = text("标题\n\n新华社北京11月15日电 （记者张三 李四）11月15日，双方举行会谈。\n");
    assertEquals("新华社北京11月15日电（记者张三 李四）", a.dateline());
    assertEquals("11月15日，双方举行会谈。", a.paragraphs().get(0).zh());
  }

  @Test
  void endsSentencesAfterClosingQuotesButNeverInsideQuotesOrBookTitles() throws ContentException {
    Article a = fixture("quotes.txt");
    assertEquals(List.of(
        "外长表示：“中方愿同各方一道努力。”",
        "双方重申遵守《联合国宪章》。",
        "外长强调，“合作共赢。对抗没有出路”是双方的共识。",
        "双方签署了《关于加强合作的联合声明。附件》，并观看了话剧《春天来了。》和展览。",
        "外长问道：“难道还有更好的选择吗？”",
        "答案是否定的！",
        "双方表示满意。"), a.sentences().stream().map(Sentence::zh).toList());
  }

  @Test
  void keepsXinhuasEndMarkWithTheLastSentence() throws ContentException {
    assertEquals("发言人表示，中方的立场是一贯的。（完）", fixture("end-mark.txt").sentences().get(0).zh());
    Article line = fixture("end-mark-line.txt");
    assertEquals(1, line.paragraphs().size());
    assertEquals("发言人表示，中方的立场是一贯的。（完）", line.sentences().get(0).zh());
  }

  @Test
  void readsASourceLineWithTheTimeOfPublication() throws ContentException {
    Article a = fixture("source-line-with-time.txt");
    assertEquals("新华网", a.sourceLine().source());
    assertEquals("2024-01-08", a.sourceLine().date().toString());
    assertEquals("新华社北京1月8日电", a.dateline());
  }

  @Test
  void rejectsAnImpossibleDateInTheSourceLine() {
    Diagnostic d = failure("标题\n\n2023年2月30日来源：新华网\n\n正文。\n");
    assertEquals("test.txt:3:1: error: the source line has an impossible date: 2023-2-30", d.headline());
  }

  @Test
  void rejectsNumberedPointsThatDoNotStartWithOne() {
    Diagnostic d = failure("标题\n\n正文。\n\n二是甲。\n\n三是乙。\n");
    assertEquals("test.txt:5:1: error: the numbered points start with 二是 instead of 一是", d.headline());
  }

  @Test
  void rejectsANumberedPointSeparatedFromThePreviousOne() {
    Diagnostic d = failure("标题\n\n一是甲。\n\n正文。\n\n二是乙。\n");
    assertEquals("test.txt:7:1: error: numbered point 二是 is not in the paragraph after 一是 (paragraph 1)",
        d.headline());
  }

  @Test
  void pointsAtTheEndOfTheLastLineOfATruncatedText() {
    Diagnostic d = failure("标题\n\n正文。\n\n\u3000\u3000两国关系，\n");
    assertEquals("test.txt:5:8: error: the text ends mid-sentence: the last paragraph has no closing 。！ or ？",
        d.headline());
  }

  @Test
  void rejectsASourceLineThatRunsIntoTheDatelineParagraph() {
    Diagnostic d = failure("标题\n\n2023年11月16日来源：新华网\n新华社北京11月15日电 正文。\n");
    assertEquals("test.txt:4:1: error: a blank line is missing between the source line and the dateline paragraph",
        d.headline());
  }
}
