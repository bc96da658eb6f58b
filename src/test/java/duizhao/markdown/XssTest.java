package duizhao.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duizhao.testing.Browser;
import duizhao.testing.Project;
import duizhao.testing.SiteRun;
import duizhao.testing.StaticServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Feeds a corpus of cross-site-scripting payloads through every Markdown field of the content, builds the site, and
 * checks that none survives: by structure (jsoup) and by running the page in Chromium, with and without the
 * Content-Security-Policy, so the sanitiser and the policy are each shown to hold on their own.
 */
class XssTest {
  static final Path PAYLOADS = Project.ROOT.resolve("src/test/resources/xss/payloads.txt");
  private static final Pattern UNSAFE_URL = Pattern.compile("^\\s*(javascript|data|vbscript|file):.*",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "action", "formaction", "data",
      "xlink:href", "background", "poster", "srcdoc", "srcset");
  /** What Markdown and the allowed raw HTML may add to a page; every other element keeps its count. */
  private static final Set<String> CONTENT_ELEMENTS = Set.of("em", "strong", "i", "b", "sub", "sup", "code", "abbr",
      "span", "br", "a", "p");

  /**
   * The Markdown fields of the content: each puts every payload somewhere it reaches the page. Add one here for each
   * new field (glossary fields beyond the note, errata) so the corpus covers it.
   */
  static final List<Field> FIELDS = List.of(
      new Field("translation sentence", (run, payloads) -> appendToLines(run, "translation.en.md",
          XssTest::isSentenceLine, payloads)),
      new Field("translator's note", (run, payloads) -> appendToLines(run, "translation.en.md",
          l -> l.get(l.size() - 1).startsWith("[^"), payloads)),
      new Field("edition.md body", (run, payloads) -> run.write("edition.md", run.read("edition.md") + "\n"
          + String.join("\n\n", payloads) + "\n\n[evil]: javascript:window.__xss=51\n")),
      new Field("glossary note", (run, payloads) -> appendToLines(run, "glossary.md", XssTest::isGlossaryNote,
          payloads)),
      new Field("erratum", (run, payloads) -> run.write("errata.md", run.read("errata.md") + payloads.stream()
          .map(p -> "\n## 1.0.0\n\n- date: 2023-11-16\n- anchors: none\n- change: A change " + p + "\n- reason: A reason "
              + p + "\n").collect(Collectors.joining()))));

  record Field(String name, BiConsumer<SiteRun, List<String>> inject) {}

  @TempDir static Path dir;
  private static SiteRun run;
  private static SiteRun.Result result;
  private static List<String> payloads;
  private static Map<String, Long> pristineElements;
  private static ChromeDriver driver;

  @BeforeAll
  static void buildWithEveryPayloadInEveryField() throws IOException {
    payloads = Files.readAllLines(PAYLOADS, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    // The control: the same fields filled with plain words, so the only difference is the payloads themselves.
    SiteRun pristine = SiteRun.copyOfProject(dir.resolve("pristine"));
    List<String> plain = payloads.stream().map(p -> "plain words").toList();
    FIELDS.forEach(f -> f.inject().accept(pristine, plain));
    assertEquals(0, pristine.build().exitCode());
    pristineElements = elementCounts(Jsoup.parse(pristine.out.resolve("index.html").toFile(), "UTF-8"));
    run = SiteRun.copyOfProject(dir.resolve("project"));
    FIELDS.forEach(f -> f.inject().accept(run, payloads));
    result = run.build();
  }

  @Test
  void theCorpusIsLargeEnough() {
    assertTrue(payloads.size() >= 30, "payloads: " + payloads.size());
  }

  @Test
  void buildsWithAWarningForEachFieldThatHeldSomethingBack() {
    assertEquals(0, result.exitCode(), result::toString);
    String err = result.err().replace(run.root + "/", "");
    for (String file : List.of("translation.en.md", "edition.md", "glossary.md", "errata.md")) {
      assertTrue(Pattern.compile("(?m)^content/" + Project.EDITION + "/" + Pattern.quote(file)
          + ":\\d+:\\d+: warning: ").matcher(err).find(), file + " has warnings:\n" + err);
    }
    assertTrue(err.contains("warning: link target 'javascript:window.__xss=13' is not allowed"), err);
  }

  @Test
  void thePageHasNoHandlerScriptOrDangerousUrlFromContent() throws IOException {
    Document page = Jsoup.parse(run.out.resolve("index.html").toFile(), "UTF-8");
    for (Element e : page.getAllElements()) {
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        assertFalse(name.startsWith("on"), "event handler " + a + " on <" + e.tagName() + ">");
        if (URL_ATTRIBUTES.contains(name)) {
          assertFalse(UNSAFE_URL.matcher(a.getValue()).matches(), a + " on <" + e.tagName() + ">");
        }
      }
      assertFalse(e.hasAttr("style"), "style attribute on <" + e.tagName() + ">");
      assertFalse(e.hasAttr("srcdoc"), "srcdoc attribute on <" + e.tagName() + ">");
    }
    Map<String, Long> counts = elementCounts(page);
    counts.keySet().removeAll(CONTENT_ELEMENTS);
    Map<String, Long> expected = new TreeMap<>(pristineElements);
    expected.keySet().removeAll(CONTENT_ELEMENTS);
    assertEquals(expected, counts, "content added only the elements Markdown and the allowed HTML make");
    for (Element script : page.select("script")) {
      if (script.attr("type").equals("application/ld+json")) {
        // A data block, never run; content in it must stay JSON and unable to close the element.
        assertFalse(script.html().contains("<"), "unescaped '<' in JSON-LD: " + script);
        continue;
      }
      assertEquals("assets/duizhao.js", script.attr("src"), "only our own script file: " + script);
      assertEquals("", script.html(), "no inline script: " + script);
    }
    assertEquals(1, page.select("script:not([type=application/ld+json])").size());
    assertTrue(page.text().contains("<img src=x onerror=\"window.__xss=3\">"), "a payload shows as text");
  }

  @Test
  void noPayloadRunsInChromium() {
    assertNothingRuns(run.out);
  }

  @Test
  void noPayloadRunsInChromiumEvenWithoutTheContentSecurityPolicy() throws IOException {
    Path site = dir.resolve("without-csp");
    Project.copyTree(run.out, site);
    Path index = site.resolve("index.html");
    String html = Files.readString(index, StandardCharsets.UTF_8);
    String stripped = html.replaceAll("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "");
    assertFalse(stripped.equals(html), "the page had a CSP meta to remove");
    Files.writeString(index, stripped, StandardCharsets.UTF_8);
    assertNothingRuns(site);
  }

  @Test
  void theContentSecurityPolicyBlocksAnInlineScriptThatGotIn() throws IOException {
    String injected = "<script>window.__xss='inline'</script><img src=x onerror=\"window.__xss='handler'\">";
    Path withCsp = dir.resolve("injected-with-csp");
    Path withoutCsp = dir.resolve("injected-without-csp");
    for (Path site : List.of(withCsp, withoutCsp)) {
      Project.copyTree(run.out, site);
      Path index = site.resolve("index.html");
      String html = Files.readString(index, StandardCharsets.UTF_8).replace("<main id=\"main\">",
          "<main id=\"main\">" + injected);
      if (site.equals(withoutCsp)) {
        html = html.replaceAll("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "");
      }
      Files.writeString(index, html, StandardCharsets.UTF_8);
    }
    Document page = Jsoup.parse(withCsp.resolve("index.html").toFile(), "UTF-8");
    String csp = page.select("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertTrue(csp.contains("script-src 'self'"), csp);
    assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);

    assertNothingRuns(withCsp);
    // The control: the same injection without the policy runs, so the check above can see a script that runs.
    assertEquals("handler", flagAfterLoading(withoutCsp));
  }

  private static Map<String, Long> elementCounts(Document page) {
    return page.getAllElements().stream().collect(Collectors.groupingBy(Element::tagName, TreeMap::new,
        Collectors.counting()));
  }

  private static void assertNothingRuns(Path site) {
    assertNull(flagAfterLoading(site));
  }

  /** Loads the page, lets handlers fire, and returns window.__xss (failing on an alert or a changed title). */
  private static Object flagAfterLoading(Path site) {
    Browser.require();
    if (driver == null) {
      driver = Browser.start(1280, 900);
    }
    try (StaticServer server = StaticServer.serve(site)) {
      try {
        driver.get(server.url("index.html"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
            "complete".equals(driver.executeScript("return document.readyState")));
        // Handlers have fired once the load event is over and the browser has rendered twice and run its queued
        // tasks: waited for as a condition, not a fixed sleep that could end too early under load and pass vacuously.
        driver.executeAsyncScript("const done = arguments[0];"
            + " requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))");
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), "an alert opened");
        assertFalse(driver.getTitle().contains("XSS"), driver.getTitle());
        return driver.executeScript("return window.__xss === undefined ? null : window.__xss");
      } finally {
        driver.get("about:blank");
      }
    }
  }

  @AfterAll
  static void closeBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  /** Spreads the payloads over the lines the predicate picks, round robin, each appended after a space. */
  private static void appendToLines(SiteRun run, String file, Predicate<List<String>> pick,
      List<String> payloads) {
    List<String> lines = new ArrayList<>(run.read(file).lines().toList());
    List<Integer> slots = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (pick.test(lines.subList(0, i + 1))) {
        slots.add(i);
      }
    }
    assertFalse(slots.isEmpty(), "no line to inject into in " + file);
    for (int p = 0; p < payloads.size(); p++) {
      int at = slots.get(p % slots.size());
      lines.set(at, lines.get(at) + " " + payloads.get(p));
    }
    run.write(file, String.join("\n", lines) + "\n");
  }

  /** An English line of a section (title, source, dateline, paragraphs), given the lines up to it. */
  private static boolean isSentenceLine(List<String> upToHere) {
    String line = upToHere.get(upToHere.size() - 1);
    if (line.isBlank() || line.startsWith("#") || line.startsWith("[^") || line.equals("---")) {
      return false;
    }
    for (int i = upToHere.size() - 2; i >= 0; i--) {
      String l = upToHere.get(i);
      if (l.startsWith("# ")) {
        return true;
      }
      if (l.startsWith("[^") || l.equals("---")) {
        return false;
      }
    }
    return false;
  }

  /** The note paragraph of a glossary entry: after the entry's field list, not a heading, field or front matter. */
  private static boolean isGlossaryNote(List<String> upToHere) {
    String line = upToHere.get(upToHere.size() - 1);
    if (line.isBlank() || line.startsWith("#") || line.startsWith("- ") || line.equals("---")) {
      return false;
    }
    String previous = upToHere.size() >= 2 ? upToHere.get(upToHere.size() - 2) : "";
    boolean inEntry = upToHere.stream().anyMatch(l -> l.startsWith("## "));
    return inEntry && previous.isBlank();
  }
}
