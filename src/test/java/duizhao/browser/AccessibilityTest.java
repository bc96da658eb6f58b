package duizhao.browser;

import static duizhao.browser.EditionSite.click;
import static duizhao.browser.EditionSite.find;
import static duizhao.browser.EditionSite.js;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core at WCAG 2.2 AA in every reading mode and toggle, light and dark, with each popover open. Every rule runs
 * over the whole page except colour contrast: on ~2,300 ruby annotations axe needs about a minute for it, so contrast
 * is checked on samples that carry every style the text uses (dateline, ruby, terms, note references, pillar and part
 * headings, a speaker change, notes, glossary, citation help) and on the controls and popovers.
 */
class AccessibilityTest {
  private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
  private static final List<String> CONTRAST_SAMPLES = List.of(".skip", ".top", ".head", ".outline", "#part-1",
      "#p1", "#p3", "#h-pillar-1", "#p20", ".notes li:first-child", ".glossary > h2", ".g-list > h3:first-child",
      ".g-entry:first-child", ".howto", ".about", ".colophon", ".cite:popover-open", "#gpop:popover-open",
      "#opts:popover-open");

  @RegisterExtension static final ServedEdition edition = ServedEdition.desktop();

  private static void open(String query, boolean dark) {
    EditionSite.darkMode(edition.driver, dark);
    edition.driver.get("about:blank");
    edition.driver.get(edition.url("index.html" + query));
    EditionSite.forgetChoices(edition.driver);
  }

  static String violations(ChromeDriver browser) {
    // Parts not yet near the window are skipped by content-visibility, and axe reads no boxes from them (contrast is
    // then "incomplete", not checked); laid out, they are checked as a reader sees them.
    js(browser, "document.querySelectorAll('.notes, .glossary, .howto, .about, .changelog, .para > .zh')"
        + ".forEach(e => e.style.contentVisibility = 'visible')");
    return axe(browser);
  }

  /** axe as the page stands, parts far from the window not laid out. */
  static String axe(ChromeDriver browser) {
    Results page = new AxeBuilder().withTags(TAGS).disableRules(List.of("color-contrast")).analyze(browser);
    AxeBuilder contrast = new AxeBuilder().withRules(List.of("color-contrast"));
    for (String sample : CONTRAST_SAMPLES) {
      if ((Boolean) js(browser, "return !!document.querySelector(arguments[0])", sample)) {
        contrast.include(sample);
      }
    }
    return Stream.concat(page.getViolations().stream(), contrast.analyze(browser).getViolations().stream())
        .map(AccessibilityTest::describe).collect(Collectors.joining("\n"));
  }

  private static String describe(Rule rule) {
    return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n  " + rule.getNodes().stream()
        .limit(5).map(n -> n.getTarget() + " " + n.getFailureSummary()).collect(Collectors.joining("\n  "));
  }

  @ParameterizedTest(name = "index.html{0}")
  @ValueSource(strings = {"", "?mode=interleaved&tones=on&spoken=on", "?mode=zh&pinyin=off", "?mode=en&size=xl"})
  void noViolationsInLightMode(String query) {
    open(query, false);
    assertEquals("", violations(edition.driver));
  }

  /** What a checker run on the freshly loaded page sees, with the lazily laid out parts still skipped. */
  @Test
  void noViolationsOnTheFreshlyLoadedPage() {
    open("", false);
    assertEquals("", axe(edition.driver));
  }

  @ParameterizedTest(name = "index.html{0}")
  @ValueSource(strings = {"?tones=on", "?mode=en"})
  void noViolationsInDarkMode(String query) {
    open(query, true);
    assertEquals("", violations(edition.driver));
  }

  @Test
  void noViolationsWithACiteMenuOpen() {
    open("#p12", false);
    find(edition.driver, "#p12 > .pn").click();
    assertEquals("", violations(edition.driver));
  }

  @Test
  void noViolationsWithTheGlossaryPopoverOpenInDarkMode() {
    open("#p3", true);
    find(edition.driver, "#p3 a.term").click();
    new WebDriverWait(edition.driver, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.cssSelector("#gpop .g-note")));
    assertEquals("", violations(edition.driver));
  }

  /** The glossary page has no ruby, so every rule, contrast included, runs over all of it. */
  @ParameterizedTest(name = "glossary.html, dark: {0}")
  @ValueSource(booleans = {false, true})
  void noViolationsOnTheGlossaryPage(boolean dark) {
    EditionSite.darkMode(edition.driver, dark);
    edition.driver.get("about:blank");
    edition.driver.get(edition.url("glossary.html#term-dixian"));
    Results page = new AxeBuilder().withTags(TAGS).analyze(edition.driver);
    assertEquals("", page.getViolations().stream().map(AccessibilityTest::describe)
        .collect(Collectors.joining("\n")));
  }

  @Test
  void noViolationsWithTheDisplayOptionsOpen() {
    open("?tones=on", false);
    find(edition.driver, "#bar .more").click();
    assertEquals("", violations(edition.driver));
  }

  @Test
  void noViolationsOnAPhoneWithTheGlossaryOpen() {
    ChromeDriver phone = EditionSite.phone(390, 844);
    try {
      phone.get(edition.url("index.html#p4"));
      click(phone, "#p4 a.term");
      assertEquals("", violations(phone));
    } finally {
      phone.quit();
    }
  }
}
