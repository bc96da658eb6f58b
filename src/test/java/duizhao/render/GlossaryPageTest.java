package duizhao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duizhao.diagnostic.ContentException;
import duizhao.testing.HtmlChecker;
import duizhao.testing.SiteRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The glossary page beside the edition page: every entry whole (note, related terms), under the same term ids as the
 * edition page's short entries, whose popovers read their notes from it.
 */
class GlossaryPageTest {
  @TempDir static Path dir;
  private static byte[] html;
  private static Document glossary;
  private static Document edition;

  @BeforeAll
  static void build() throws IOException, ContentException {
    Path site = SiteRun.builtProject(dir);
    html = Files.readAllBytes(site.resolve("glossary.html"));
    glossary = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    edition = Jsoup.parse(Files.readString(site.resolve("index.html")));
  }

  @Test
  void hasEveryTermOfTheEditionPageUnderTheSameIdInTheSameOrder() {
    List<String> onEditionPage = edition.select(".glossary dt[id^=term-]").eachAttr("id");
    assertEquals(82, onEditionPage.size());
    assertEquals(onEditionPage, glossary.select("dt[id^=term-]").eachAttr("id"));
  }

  @Test
  void everyEntryHasItsNoteHereAndOnlyItsShortFormOnTheEditionPage() {
    for (Element dt : glossary.select("dt[id^=term-]")) {
      Element dd = dt.nextElementSibling();
      assertNotNull(dd, dt.id());
      assertTrue(dd.select(".g-note").text().length() > 30, dt.id() + " has a note");
      assertEquals(1, dd.select(".g-en").size(), dt.id());
      Element shortEntry = edition.getElementById(dt.id()).nextElementSibling();
      assertEquals(dd.selectFirst(".g-en").text(), shortEntry.selectFirst(".g-en").text(), dt.id());
      assertTrue(shortEntry.select(".g-note, .g-rel").isEmpty(), dt.id() + ": the note is not repeated");
      assertEquals("glossary.html#" + dt.id(), shortEntry.selectFirst("a.g-more").attr("href"), dt.id());
    }
  }

  @Test
  void paragraphLinksGoToTheEditionPageAndTermLinksStayHere() {
    List<String> broken = new ArrayList<>();
    for (Element a : glossary.select("a[href]")) {
      String href = a.attr("href");
      if (href.startsWith("#")) {
        if (glossary.getElementById(href.substring(1)) == null) {
          broken.add(a.outerHtml());
        }
      } else if (href.startsWith("index.html#")) {
        if (edition.getElementById(href.substring("index.html#".length())) == null) {
          broken.add(a.outerHtml());
        }
      } else if (!href.equals("index.html")) {
        broken.add(a.outerHtml());
      }
    }
    assertEquals(List.of(), broken);
    assertTrue(glossary.select(".g-where a[href^=index.html#p]").size() >= 82);
    assertTrue(glossary.select(".g-rel a[href^=#term-]").size() >= 40);
  }

  @Test
  void isAPageOfItsOwnThatLeadsBackToTheText() {
    assertTrue(glossary.title().startsWith("Glossary — "), glossary.title());
    assertTrue(glossary.selectFirst("meta[name=description]").attr("content").length() > 40);
    assertEquals(1, glossary.select("h1").size());
    assertEquals("index.html", glossary.selectFirst("header.top a").attr("href"));
    assertTrue(glossary.select("meta[name^=citation_]").isEmpty(), "reference managers cite the edition page");
  }

  @Test
  void validatesWithTheNuHtmlCheckerWithoutErrors() {
    HtmlChecker.Report report = HtmlChecker.check("glossary.html", html);
    assertEquals(List.of(), report.errors(), () -> "Nu HTML Checker on glossary.html:\n" + report);
  }
}
