package duizhao.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duizhao.diagnostic.ContentException;
import duizhao.model.Article;
import duizhao.model.Paragraph;
import duizhao.model.Repair;
import duizhao.model.Sentence;
import duizhao.testing.ArticleText;
import duizhao.testing.Golden;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The loader on the real Xinhua source, checked against a reading of the file by hand (see
 * {@code /work/shared/source/README.md}): every expectation below was taken from the source text, not from the
 * program's output.
 */
class RealSourceTest {
  /** Sentence counts per paragraph, counted by hand at 。！？ (and 。” ) outside quotes and book titles. */
  private static final int[] SENTENCES = {2, 1, 8, 3, 2, 4, 3, 4, 4, 2, 4, 4, 4, 6, 1, 2, 1, 2, 1, 4, 1};

  /** The first and last four characters of each paragraph's Chinese (¶1 without its dateline). */
  private static final String[][] ENDS = {
    {"当地时间", "了意见。"},
    {"习近平抵", "情迎接。"},
    {"习近平指", "的机遇。"},
    {"习近平深", "的打算。"},
    {"习近平指", "根支柱。"},
    {"一是共同", "平共处。"},
    {"二是共同", "和意外。"},
    {"三是共同", "域合作。"},
    {"四是共同", "福世界。"},
    {"五是共同", "实基础。"},
    {"习近平深", "然统一。"},
    {"习近平指", "的环境。"},
    {"拜登对习", "和成果。"},
    {"拜登表示", "员往来。"},
    {"两国元首", "争因素。"},
    {"两国元首", "，等等。"},
    {"两国元首", "候行动。"},
    {"会谈后，", "了意见。"},
    {"拜登还邀", "处道别。"},
    {"这次会晤", "性联系。"},
    {"蔡奇、王", "述活动。"},
  };

  private static Article article;

  @BeforeAll
  static void load() throws ContentException {
    article = ArticleText.load(ArticleText.SOURCE);
  }

  @Test
  void readsTitleSourceLineAndDateline() {
    assertEquals("习近平同美国总统拜登举行中美元首会晤", article.title());
    assertEquals(3, article.titleLocation().line());
    assertEquals("2023年11月16日来源：新华网", article.sourceLine().text());
    assertEquals(LocalDate.of(2023, 11, 16), article.sourceLine().date());
    assertEquals("新华网", article.sourceLine().source());
    assertEquals(5, article.sourceLine().location().line());
    assertEquals("新华社旧金山11月15日电", article.dateline());
    assertEquals("新华社旧金山11月15日电", article.paragraphs().get(0).dateline());
    assertTrue(article.paragraphs().stream().skip(1).allMatch(p -> p.dateline() == null));
  }

  @Test
  void findsTwentyOneParagraphsWithTheirExactFirstAndLastCharacters() {
    assertEquals(21, article.paragraphs().size());
    for (int i = 0; i < ENDS.length; i++) {
      Paragraph p = article.paragraphs().get(i);
      assertEquals(i + 1, p.number());
      assertEquals("p" + (i + 1), p.id());
      String zh = p.zh();
      assertEquals(ENDS[i][0], zh.substring(0, 4), "start of " + p.id());
      assertEquals(ENDS[i][1], zh.substring(zh.length() - 4), "end of " + p.id());
    }
    assertEquals("蔡奇、王毅出席上述活动。", article.paragraphs().get(20).zh());
  }

  @Test
  void marksParagraphsSixToTenAsTheFivePillars() {
    List<String> pillars = article.pillars().stream().map(p -> p.id() + "=" + p.pillarId()).toList();
    assertEquals(List.of("p6=pillar-1", "p7=pillar-2", "p8=pillar-3", "p9=pillar-4", "p10=pillar-5"), pillars);
    List<String> ordinals = article.pillars().stream().map(p -> p.zh().substring(0, 2)).toList();
    assertEquals(List.of("一是", "二是", "三是", "四是", "五是"), ordinals);
    assertTrue(article.paragraphs().get(4).zh().endsWith("五根支柱。"), "¶5 announces the pillars");
  }

  @Test
  void splitsSixtyThreeSentencesAsCountedByHand() {
    int[] counts = article.paragraphs().stream().mapToInt(p -> p.sentences().size()).toArray();
    assertEquals(IntStream.of(SENTENCES).boxed().toList(), IntStream.of(counts).boxed().toList());
    assertEquals(63, article.sentences().size());
  }

  @Test
  void numbersSentencesFromOneWithinEachParagraph() {
    for (Paragraph p : article.paragraphs()) {
      for (int m = 1; m <= p.sentences().size(); m++) {
        Sentence s = p.sentences().get(m - 1);
        assertEquals(m, s.number());
        assertEquals(p.id() + "-s" + m, s.id());
      }
    }
  }

  @Test
  void joinsTheTwoFalseParagraphBreaks() {
    Sentence ideology = article.paragraphs().get(3).sentences().get(1);
    assertTrue(ideology.zh().endsWith("也不搞意识形态输出。"), ideology.zh());
    assertEquals(13, ideology.location().line());
    Sentence mechanisms = article.paragraphs().get(15).sentences().get(1);
    assertTrue(mechanisms.zh().contains("中美海上军事安全磋商机制会议，开展中美两军战区领导通话；"), mechanisms.zh());
    List<String> joins = article.repairs().stream().map(Repair::description)
        .filter(d -> d.startsWith("joined")).toList();
    assertEquals(List.of("joined a false paragraph break between lines 13 and 15",
        "joined a false paragraph break between lines 55 and 57"), joins);
  }

  @Test
  void removesTheStraySpaceInFiftyYears() {
    Sentence s = article.paragraphs().get(4).sentences().get(0);
    assertTrue(s.zh().contains("这既是从50年中美关系历程中提炼出的经验"), s.zh());
    List<Repair> spaces = article.repairs().stream().filter(r -> r.description().startsWith("removed")).toList();
    assertEquals(1, spaces.size());
    assertEquals(19, spaces.get(0).location().line());
    assertEquals(3, spaces.get(0).location().column());
  }

  @Test
  void joinsTheThirdPillarsWrappedLinesIncludingOneThatEndsInAFullStop() {
    Paragraph third = article.paragraphs().get(7);
    assertEquals(3, third.pillar());
    assertEquals(List.of("三是共同推进互利合作。",
        "中美在诸多领域存在广泛共同利益，既包括经贸、农业等传统领域，也包括气候变化、人工智能等新兴领域。",
        "当前形势下，两国共同利益不是减少了，而是更多了。",
        "双方要充分用好在外交、经济、金融、商务、农业等领域恢复或建立的机制，开展禁毒、司法执法、人工智能、科技等领域合作。"),
        third.sentences().stream().map(Sentence::zh).toList());
    assertEquals(List.of(32, 32, 34, 35), third.sentences().stream().map(s -> s.location().line()).toList());
  }

  @Test
  void keepsQuotesBookTitlesLatinAndDigitsInsideTheirSentences() {
    String all = article.sentences().stream().map(Sentence::zh).collect(Collectors.joining("\n"));
    assertTrue(all.contains("美方应该将不支持“台独”的表态体现在具体行动上，停止武装台湾，支持中国和平统一。"));
    assertTrue(all.contains("是美中共同参与签署《联合国宪章》的地方，"));
    assertTrue(all.contains("共同推动联合国气候变化迪拜大会（COP28）成功，"));
    assertTrue(all.contains("启动中美“21世纪20年代强化气候行动工作组”以加快具体气候行动。"));
    assertTrue(article.sentences().stream().noneMatch(s -> s.zh().contains(" ") || s.zh().contains("\n")));
  }

  @Test
  void matchesTheGoldenParagraphsAndSentences() {
    Golden.assertMatches("source/article.txt", ArticleText.dumpWithRepairs(article));
    StringBuilder paragraphs = new StringBuilder();
    for (Paragraph p : article.paragraphs()) {
      paragraphs.append(p.id()).append('\t').append(p.dateline() == null ? "" : p.dateline() + " ")
          .append(p.zh()).append('\n');
    }
    Golden.assertMatches("source/paragraphs.txt", paragraphs.toString());
  }

  @Test
  void recordsTheSourceDigest() {
    assertEquals("e91d9746af6ba1066f1db5cad0902596d2500ee9342311fe10be6fd7d8f34ea2", article.sha256());
  }

  @Test
  void hasNoNumberedPointOutsideTheFivePillars() {
    assertTrue(article.paragraphs().stream().filter(p -> p.number() < 6 || p.number() > 10)
        .allMatch(p -> p.pillar() == null && p.pillarId() == null));
    assertNull(article.paragraphs().get(10).pillar());
  }
}
