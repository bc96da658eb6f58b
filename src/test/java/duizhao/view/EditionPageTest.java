package duizhao.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import duizhao.testing.SiteRun;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built page's structure: outline, cite menus, head metadata and citation files, with and without a base URL. */
class EditionPageTest {
  @TempDir static Path relativeDir;
  @TempDir static Path absoluteDir;
  static SiteRun relative;
  static SiteRun absolute;
  static Document page;
  static Document published;

  @BeforeAll
  static void build() throws Exception {
    relative = SiteRun.copyOfProject(relativeDir);
    assertEquals(0, relative.build().exitCode());
    absolute = SiteRun.copyOfProject(absoluteDir);
    assertEquals(0, absolute.build("--base-url", "https://example.org/duizhao").exitCode());
    page = Jsoup.parse(relative.out.resolve("index.html").toFile(), "UTF-8");
    published = Jsoup.parse(absolute.out.resolve("index.html").toFile(), "UTF-8");
  }

  @Test
  void outlineGroupsParagraphsBySpeakerWithOpeningAndClose() {
    List<String> parts = page.select(".outline .parts a").eachText();
    assertEquals(List.of("Opening: Xinhua narrative ¶1–¶2", "Xi Jinping ¶3–¶12", "Joe Biden, as reported by Xinhua ¶13–¶14",
        "Both leaders ¶15–¶17", "Close: Xinhua narrative ¶18–¶21"), parts);
    assertEquals(List.of("#p1", "#p3", "#p13", "#p15", "#p18"), page.select(".outline .parts a").eachAttr("href"));
  }

  @Test
  void outlineListsThePillarsTogetherAndTaiwanByItsOwnWords() {
    Element pillars = page.selectFirst(".paras a[href=#pillar-1]");
    assertNotNull(pillars);
    assertEquals("¶6–¶10 Pillars 1–5", pillars.text());
    assertEquals(List.of("#p6", "#p7", "#p8", "#p9", "#p10"), pillars.parent().select("ol a").eachAttr("href"));
    assertEquals("¶6 First, jointly develop a correct perception.", page.selectFirst(".paras a[href=#p6]").text());
    assertTrue(page.selectFirst(".paras a[href=#p11]").text().contains("Taiwan question"));
  }

  @Test
  void textIsInPartsWithHeadingsAndPillarSections() {
    assertEquals(5, page.select("#text > section.part > h2").size());
    assertEquals(List.of("pillar-1", "pillar-2", "pillar-3", "pillar-4", "pillar-5"),
        page.select("section.pillar").eachAttr("id"));
    assertEquals("Pillar 3", page.selectFirst("#pillar-3 > h3").text());
    assertEquals("p8", page.selectFirst("#pillar-3 > .para").id());
  }

  @Test
  void theCiteMenuCarriesTheFormsOfEveryParagraphAndSentence() {
    Element menu = page.getElementById("cite");
    assertTrue(menu.hasAttr("popover"));
    Element link = menu.selectFirst(".cite-link a");
    assertEquals("#p1", link.attr("href"));
    assertEquals("index.html#p{p}", link.attr("data-p"));
    assertEquals("index.html#p{p}-s{n}", link.attr("data-s"));
    assertEquals("para. {p}, sentence {n}", menu.selectFirst(".ct[data-style=chicago] .loc").attr("data-s"));
    assertEquals("par. {p}", menu.selectFirst(".ct[data-style=mla] .loc").attr("data-p"));
    for (Element para : page.select(".para")) {
      assertEquals("#" + para.id(), para.selectFirst("> a.pn").attr("href"));
    }
  }

  @Test
  void withoutBaseUrlLinksStayRelativeAndAreMarkedForThePage() {
    assertNotNull(page.selectFirst("head title"));
    assertTrue(page.select("link[rel=canonical]").isEmpty());
    assertTrue(page.select("meta[property=og:url]").isEmpty());
    Element url = page.selectFirst("#cite .ct[data-style=chicago] .u");
    assertEquals("index.html#p1", url.text());
    assertTrue(url.hasAttr("data-rel"));
    assertEquals("index.html#p{p}-s{n}", url.attr("data-s"));
  }

  @Test
  void withBaseUrlThePageIsCanonicalAndCitationsAbsolute() {
    assertEquals("https://example.org/duizhao/index.html", published.selectFirst("link[rel=canonical]").attr("href"));
    assertEquals("https://example.org/duizhao/index.html",
        published.selectFirst("meta[name=citation_fulltext_html_url]").attr("content"));
    assertEquals("https://example.org/duizhao/index.html", published.selectFirst("meta[property=og:url]").attr("content"));
    Element url = published.selectFirst("#cite .ct[data-style=mla] .u");
    assertEquals("https://example.org/duizhao/index.html#p1", url.text());
    assertEquals("https://example.org/duizhao/index.html#p{p}", url.attr("data-p"));
    assertFalse(url.hasAttr("data-rel"));
  }

  @Test
  void headCarriesHighwireTagsForReferenceManagers() {
    assertEquals("Xinhua News Agency", page.selectFirst("meta[name=citation_author]").attr("content"));
    assertEquals("2023/11/16", page.selectFirst("meta[name=citation_publication_date]").attr("content"));
    assertEquals("Xinhuanet", page.selectFirst("meta[name=citation_publisher]").attr("content"));
    assertEquals(List.of("zh", "en"), page.select("meta[name=citation_language]").eachAttr("content"));
    assertTrue(page.selectFirst("meta[name=citation_title]").attr("content").startsWith("习近平同美国总统拜登举行中美元首会晤 ["));
    assertEquals("article", page.selectFirst("meta[property=og:type]").attr("content"));
  }

  @Test
  void jsonLdDescribesTheOriginalAndOurTranslationOfIt() throws Exception {
    Element script = published.selectFirst("script[type=application/ld+json]");
    JsonNode graph = new ObjectMapper().readTree(script.data()).get("@graph");
    JsonNode original = graph.get(0);
    JsonNode edition = graph.get(1);
    assertEquals("NewsArticle", original.get("@type").asText());
    assertEquals("zh-Hans", original.get("inLanguage").asText());
    assertEquals("Xinhua News Agency", original.get("author").get("name").asText());
    assertEquals("CreativeWork", edition.get("@type").asText());
    assertEquals(original.get("@id").asText(), edition.get("translationOfWork").get("@id").asText());
    assertEquals("https://example.org/duizhao/index.html", edition.get("url").asText());
  }

  @Test
  void citationFilesArePublishedBesideThePageAndLinked() throws Exception {
    String bib = java.nio.file.Files.readString(absolute.out.resolve("edition.bib"));
    String ris = java.nio.file.Files.readString(absolute.out.resolve("edition.ris"));
    assertTrue(bib.startsWith("@misc{xinhua-2023-11-15-xi-biden-meeting,\n"), bib);
    assertTrue(bib.contains("url          = {https://example.org/duizhao/index.html}"), bib);
    assertTrue(ris.contains("UR  - https://example.org/duizhao/index.html\r\n"), ris);
    assertEquals(List.of("edition.bib", "edition.ris"), page.select(".howto a[href^=edition.]").eachAttr("href"));
  }

  @Test
  void howToCiteExplainsEachAnchorWithAnExampleThatResolves() {
    List<String> forms = page.select(".anchors td:first-child code").eachText();
    assertEquals(List.of("#title", "#p{n}", "#p{n}-s{m}", "#pillar-{k}", "#term-{id}", "#note-{id}"), forms);
    for (Element a : page.select(".anchors a")) {
      assertNotNull(page.getElementById(a.attr("href").substring(1)), a.attr("href"));
    }
  }
}
