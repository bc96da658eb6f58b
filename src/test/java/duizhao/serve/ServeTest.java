package duizhao.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import duizhao.testing.Project;
import duizhao.testing.SiteRun;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeTest {
  private static final String P2 = "On arriving at the Filoli estate, Xi Jinping was warmly greeted by Biden.";
  private static final String P2_EDITED = "On arriving at the Filoli estate, Xi Jinping was welcomed warmly by Biden.";
  private static final String P20_LAST = "{speaker=both} The two heads of state agreed to continue to maintain regular"
      + " contact.\n";

  @TempDir Path dir;

  @Test
  void servesPagesWithTheReloadScriptThatTheBuiltSiteLacks() {
    SiteRun run = SiteRun.copyOfProject(dir);
    try (Running serving = new Running(run)) {
      HttpResponse<byte[]> page = serving.get("/");

      assertEquals(200, page.statusCode());
      assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
      Document served = Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8));
      assertEquals(List.of("1"), served.select("head script[src=/__duizhao/reload.js]").eachAttr("data-generation"));
      HttpResponse<byte[]> script = serving.get(ReloadScript.PATH);
      assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElseThrow());
      assertArrayEquals(ReloadScript.SOURCE, script.body());
    }
    assertFalse(Files.exists(run.out), "serve writes no site");
    assertEquals(0, run.build().exitCode());
    Document built = Jsoup.parse(Project.read(run.out.resolve("index.html")));
    assertTrue(built.select("script[src*=__duizhao]").isEmpty(), "the built page has no live-reload script");
  }

  @Test
  void namesEachContentTypeWithItsCharsetAndCompressesForClientsThatAcceptGzip() {
    try (Running serving = new Running(SiteRun.copyOfProject(dir))) {
      assertEquals("application/json; charset=utf-8", type(serving.get("/edition.json")));
      assertEquals("text/tab-separated-values; charset=utf-8", type(serving.get("/edition.tsv")));
      assertEquals("text/csv; charset=utf-8", type(serving.get("/glossary.csv")));
      assertEquals("text/plain; charset=utf-8", type(serving.get("/edition.txt")));
      assertEquals("text/css; charset=utf-8", type(serving.get("/assets/duizhao.css")));

      HttpResponse<byte[]> plain = serving.get("/edition.json");
      HttpResponse<byte[]> gzipped = serving.get("/edition.json", "Accept-Encoding", "gzip, deflate");
      assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
      assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElseThrow());
      assertTrue(gzipped.body().length < plain.body().length / 4);
      assertArrayEquals(plain.body(), Running.gunzip(gzipped.body()));
    }
  }

  @Test
  void answersUnknownPathsWith404AndOtherMethodsWith405() {
    try (Running serving = new Running(SiteRun.copyOfProject(dir))) {
      assertEquals(404, serving.get("/no-such-page.html").statusCode());
      assertEquals(404, serving.get("/../content/").statusCode());
      assertEquals(405, serving.send("POST", "/").statusCode());
      HttpResponse<byte[]> head = serving.send("HEAD", "/edition.json");
      assertEquals(200, head.statusCode());
      assertEquals(0, head.body().length);
    }
  }

  @Test
  void rebuildsInMemoryWhenATranslationLineChangesAndTellsTheOpenPage() throws Exception {
    SiteRun run = SiteRun.copyOfProject(dir);
    try (Running serving = new Running(run); Running.Events events = serving.events()) {
      assertEquals("{\"generation\":1,\"ok\":true}", events.next());

      serving.replace("translation.en.md", P2, P2_EDITED);

      assertEquals("{\"generation\":2,\"ok\":true}", events.next());
      assertEquals(P2_EDITED, sentence(serving, 1, 0).get("en").asText());
      assertTrue(serving.out.toString().contains("rebuilt in "), serving.out.toString());
    }
    assertFalse(Files.exists(run.out), "serve writes no site");
  }

  @Test
  void keepsServingTheLastGoodSiteAndShowsTheErrorsUntilTheContentIsFixed() throws Exception {
    SiteRun run = SiteRun.copyOfProject(dir);
    String original = run.read("translation.en.md");
    try (Running serving = new Running(run); Running.Events events = serving.events()) {
      events.next();

      serving.replace("translation.en.md", P20_LAST, "");

      assertEquals("{\"generation\":2,\"ok\":false}", events.next());
      String error = serving.text(SiteServer.ERROR);
      String expected = run.edition().getParent().getFileName() + "/" + run.edition().getFileName()
          + "/translation.en.md:135:1: error: paragraph 20 has 4 sentences in Chinese but 3 in English";
      assertTrue(error.lines().findFirst().orElseThrow().contains(expected), error);
      assertTrue(error.endsWith("1 error; serving the last good build"), error);
      assertTrue(serving.err.toString().contains(error), "the terminal shows the same text as the page");
      assertEquals(200, serving.get("/").statusCode());
      assertEquals(4, paragraph(serving, 19).get("sentences").size(), "the last good edition is still served");

      serving.save("translation.en.md", original);

      assertEquals("{\"generation\":3,\"ok\":true}", events.next());
      assertEquals("", serving.text(SiteServer.ERROR));
    }
  }

  @Test
  void aRebuildThatChangesNothingDoesNotReloadThePage() {
    try (Running serving = new Running(SiteRun.copyOfProject(dir))) {
      serving.serve.rebuild();

      assertEquals(1, serving.serve.generation());
      assertTrue(serving.out.toString().contains("no change"), serving.out.toString());
    }
  }

  @Test
  void whenTheFirstBuildFailsServesAPageThatShowsTheErrorsAndReloadsOnceFixed() throws Exception {
    SiteRun run = SiteRun.copyOfProject(dir);
    String original = run.read("translation.en.md");
    run.replace("translation.en.md", P20_LAST, "");
    try (Running serving = new Running(run); Running.Events events = serving.events()) {
      assertEquals("{\"generation\":1,\"ok\":false}", events.next());
      HttpResponse<byte[]> page = serving.get("/");
      assertEquals(503, page.statusCode());
      Document placeholder = Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8));
      assertEquals(1, placeholder.select("script[src=/__duizhao/reload.js]").size());
      assertTrue(serving.text(SiteServer.ERROR).endsWith("1 error; nothing has built yet"));

      serving.save("translation.en.md", original);

      assertEquals("{\"generation\":2,\"ok\":true}", events.next());
      assertEquals(200, serving.get("/").statusCode());
    }
  }

  @Test
  void writesNothingIntoTheProject() throws IOException {
    SiteRun run = SiteRun.copyOfProject(dir);
    List<Path> before = tree(dir);
    try (Running serving = new Running(run)) {
      serving.get("/");
      serving.serve.rebuild();
    }
    assertEquals(before, tree(dir));
  }

  private static List<Path> tree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.map(root::relativize).sorted().toList();
    }
  }

  private static String type(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElseThrow();
  }

  private static JsonNode paragraph(Running serving, int index) throws IOException {
    return new ObjectMapper().readTree(serving.get("/edition.json").body()).get("paragraphs").get(index);
  }

  private static JsonNode sentence(Running serving, int paragraph, int sentence) throws IOException {
    return paragraph(serving, paragraph).get("sentences").get(sentence);
  }
}
