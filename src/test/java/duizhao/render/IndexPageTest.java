package duizhao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duizhao.diagnostic.ContentException;
import duizhao.model.Article;
import duizhao.model.Paragraph;
import duizhao.model.Sentence;
import duizhao.testing.ArticleText;
import duizhao.testing.HtmlChecker;
import duizhao.testing.SiteRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edition page built from the real content: its published anchors, its links, its text and its markup. */
class IndexPageTest {
  /**
   * Every published anchor of the page, in document order: the promise to everyone who cites us. A change here
   * breaks citations; it needs an erratum (see README, "Anchors"), not just an updated test.
   */
  private static final String ANCHORS = """
      title
      p1 p1-s1 p1-s2
      p2 p2-s1
      p3 p3-s1 p3-s2 p3-s3 p3-s4 p3-s5 p3-s6 p3-s7 p3-s8
      p4 p4-s1 p4-s2 p4-s3
      p5 p5-s1 p5-s2
      pillar-1 p6 p6-s1 p6-s2 p6-s3 p6-s4
      pillar-2 p7 p7-s1 p7-s2 p7-s3
      pillar-3 p8 p8-s1 p8-s2 p8-s3 p8-s4
      pillar-4 p9 p9-s1 p9-s2 p9-s3 p9-s4
      pillar-5 p10 p10-s1 p10-s2
      p11 p11-s1 p11-s2 p11-s3 p11-s4
      p12 p12-s1 p12-s2 p12-s3 p12-s4
      p13 p13-s1 p13-s2 p13-s3 p13-s4
      p14 p14-s1 p14-s2 p14-s3 p14-s4 p14-s5 p14-s6
      p15 p15-s1
      p16 p16-s1 p16-s2
      p17 p17-s1
      p18 p18-s1 p18-s2
      p19 p19-s1
      p20 p20-s1 p20-s2 p20-s3 p20-s4
      p21 p21-s1
      """;
  private static final Pattern PUBLISHED = Pattern.compile("title|p\\d+|p\\d+-s\\d+|pillar-\\d+");

  @TempDir static Path dir;
  private static byte[] html;
  private static Document page;
  private static Article article;

  @BeforeAll
  static void build() throws IOException, ContentException {
    html = Files.readAllBytes(SiteRun.builtProject(dir).resolve("index.html"));
    page = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    article = ArticleText.load(ArticleText.SOURCE);
  }

  @Test
  void publishesExactlyThePinnedAnchorsInSourceOrder() {
    List<String> expected = Arrays.asList(ANCHORS.strip().split("\\s+"));
    List<String> actual = page.select("[id]").eachAttr("id").stream().filter(id -> PUBLISHED.matcher(id).matches())
        .toList();
    assertEquals(String.join(" ", expected), String.join(" ", actual));
    assertEquals(1 + 21 + 63 + 5, actual.size());
  }

  @Test
  void everyIdIsUnique() {
    Map<String, Integer> counts = new HashMap<>();
    page.select("[id]").eachAttr("id").forEach(id -> counts.merge(id, 1, Integer::sum));
    List<String> repeated = counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted()
        .toList();
    assertEquals(List.of(), repeated);
  }

  @Test
  void everyInternalLinkResolves() {
    List<String> broken = new ArrayList<>();
    for (Element a : page.select("a[href^=#]")) {
      String target = a.attr("href").substring(1);
      if (page.getElementById(target) == null) {
        broken.add(a.outerHtml());
      }
    }
    assertEquals(List.of(), broken);
    assertTrue(page.select("a[href^=#]").size() >= 21);
  }

  @Test
  void everyParagraphNumberIsTheParagraphsOwnLink() {
    for (Paragraph p : article.paragraphs()) {
      Element paragraph = page.getElementById(p.id());
      assertNotNull(paragraph, p.id());
      Element number = paragraph.selectFirst("> a.pn");
      assertEquals("¶" + p.number(), number.text());
      assertEquals("#" + p.id(), number.attr("href"));
    }
    assertEquals(1, page.select(".cite[popover]").size(), "one cite menu serves every paragraph");
  }

  @Test
  void everyPillarAnchorHoldsItsParagraph() {
    for (Paragraph p : article.pillars()) {
      Element pillar = page.getElementById(p.pillarId());
      assertNotNull(pillar, p.pillarId());
      assertNotNull(pillar.getElementById(p.id()), p.pillarId() + " holds " + p.id());
    }
    assertEquals(List.of("pillar-1", "pillar-2", "pillar-3", "pillar-4", "pillar-5"),
        page.select("[id^=pillar-]").eachAttr("id"));
  }

  @Test
  void showsEverySentenceOfTheSourceInChineseUnderItsAnchor() {
    for (Sentence s : article.sentences()) {
      Element sentence = page.getElementById(s.id());
      assertNotNull(sentence, s.id());
      assertEquals(s.zh(), chinese(sentence), s.id());
      assertEquals("zh-Hans", sentence.closest("[lang]").attr("lang"), s.id());
    }
  }

  @Test
  void showsTitleSourceLineAndDatelineInChinese() {
    Element title = page.getElementById("title");
    assertEquals("h1", title.tagName());
    assertEquals(article.title(), chinese(title.selectFirst("[lang=zh-Hans]")));
    List<String> chinese = page.select("[lang=zh-Hans]").stream().map(IndexPageTest::chinese).toList();
    assertTrue(chinese.contains("2023年11月16日来源：新华网"), "source line");
    Element firstParagraph = page.getElementById("p1-s1").closest("[lang=zh-Hans]");
    assertTrue(chinese(firstParagraph).startsWith("新华社旧金山11月15日电 当地时间11月15日，"), chinese(firstParagraph));
    assertEquals("zh-Hans", firstParagraph.attr("lang"));
  }

  @Test
  void hasATitleAndADescription() {
    assertTrue(page.title().startsWith("习近平同美国总统拜登举行中美元首会晤"), page.title());
    assertTrue(page.selectFirst("meta[name=description]").attr("content").length() > 40);
    assertEquals(1, page.select("h1").size());
  }

  @Test
  void requestsNothingFromOtherOrigins() {
    List<String> external = page.select("link[href]:not([rel=canonical]), script[src], img[src], iframe[src],"
            + " source[src], embed[src], video[src], audio[src], object[data]").stream()
        .map(e -> e.hasAttr("href") ? e.attr("href") : e.hasAttr("src") ? e.attr("src") : e.attr("data"))
        .filter(url -> url.matches("(?i)^([a-z][a-z0-9+.-]*:)?//.*"))
        .toList();
    assertEquals(List.of(), external);
    assertTrue(page.select("link[rel=stylesheet]").size() >= 1);
  }

  @Test
  void validatesWithTheNuHtmlCheckerWithoutErrors() {
    HtmlChecker.Report report = HtmlChecker.check("index.html", html);
    assertEquals(List.of(), report.errors(), () -> "Nu HTML Checker on index.html:\n" + report);
  }

  /** An element's Chinese text, without the pinyin over it (ruby) or the numbers of glossary references (sup). */
  private static String chinese(Element element) {
    Element copy = element.clone();
    copy.select("rt, rp, sup").remove();
    return copy.text();
  }
}
