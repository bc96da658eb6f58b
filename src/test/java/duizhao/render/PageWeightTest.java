package duizhao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duizhao.diagnostic.ContentException;
import duizhao.testing.SiteRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page-weight budget of the edition page: index.html with every stylesheet and script it loads, each gzipped as
 * a server sends it (java.util.zip's default level, which is gzip's -6), at most 45 KB (45,000 bytes). The glossary
 * page, fetched when a reader first opens a term, is not part of the page's load. Figures are in docs/UI.md.
 */
class PageWeightTest {
  private static final int BUDGET = 45_000;

  @TempDir static Path dir;
  private static Path site;
  private static Document page;

  @BeforeAll
  static void build() throws IOException, ContentException {
    site = SiteRun.builtProject(dir);
    page = Jsoup.parse(Files.readString(site.resolve("index.html")));
  }

  @Test
  void theEditionPageWithItsCssAndJavaScriptStaysWithin45KbGzipped() throws IOException {
    List<String> files = new ArrayList<>(List.of("index.html"));
    files.addAll(page.select("link[rel=stylesheet]").eachAttr("href"));
    files.addAll(page.select("script[src]").eachAttr("src"));
    assertEquals(3, files.size(), "one page, one stylesheet, one script: " + files);
    long total = 0;
    StringBuilder report = new StringBuilder();
    for (String file : files) {
      int gzipped = gzipped(Files.readAllBytes(site.resolve(file)));
      report.append(file).append(' ').append(gzipped).append(" B; ");
      total += gzipped;
    }
    report.append("total ").append(total).append(" B");
    assertTrue(total <= BUDGET, report::toString);
  }

  private static int gzipped(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.size();
  }
}
