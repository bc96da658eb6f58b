package duizhao.browser;

import static duizhao.browser.EditionSite.click;
import static duizhao.browser.EditionSite.find;
import static duizhao.browser.EditionSite.js;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import duizhao.testing.Browser;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Moving about the page: anchors, links, popovers by mouse and keyboard, and copying Chinese text. */
class NavigationTest {
  @RegisterExtension static final ServedEdition edition = ServedEdition.desktop().withClipboard();

  @BeforeEach
  void freshPage() {
    edition.driver.get("about:blank");
  }

  private static boolean open(WebElement popover) {
    return (Boolean) js(edition.driver, "return arguments[0].matches(':popover-open')", popover);
  }

  @Test
  void anAddressWithP12ShowsParagraph12BelowTheControlBar() {
    edition.driver.get(edition.url("index.html#p12"));
    assertNearTheTop(edition.driver, "p12");
    assertTrue(find(edition.driver, "#p12 > .pn").isDisplayed());
  }

  /**
   * Readers who have not asked for reduced motion (every other window here has) land exactly too: on a shared
   * address at another text size, and on a Contents link to a paragraph far down whose predecessors are laid out
   * only when reached.
   */
  @Test
  void linksLandOnTheirTargetWithTheBrowsersDefaultMotion() {
    ChromeDriver reader = EditionSite.desktop();
    try {
      reader.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
          List.of(Map.of("name", "prefers-reduced-motion", "value", "no-preference"))));
      reader.get(edition.url("index.html?size=xl#p18"));
      assertNearTheTop(reader, "p18");
      reader.get(edition.url("index.html?size=m"));
      reader.findElement(By.cssSelector(".outline .parts a[href='#p18']")).click();
      assertNearTheTop(reader, "p18");
      js(reader, "scrollTo(0, 0)");
      reader.findElement(By.cssSelector(".outline .parts a[href='#p13']")).click();
      assertNearTheTop(reader, "p13");
    } finally {
      reader.quit();
    }
  }

  private static void assertNearTheTop(ChromeDriver browser, String id) {
    new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> ("#" + id).equals(js(browser,
        "return location.hash")));
    EditionSite.awaitSettled(browser, browser.findElement(By.id(id)));
    Map<?, ?> at = (Map<?, ?>) js(browser, "const p = document.getElementById(arguments[0]).getBoundingClientRect();"
        + " const bar = document.querySelector('.top').getBoundingClientRect();"
        + " return {top: p.top, barBottom: bar.bottom, height: innerHeight}", id);
    double top = ((Number) at.get("top")).doubleValue();
    assertTrue(top >= ((Number) at.get("barBottom")).doubleValue() - 1, id + " not under the sticky bar: " + at);
    assertTrue(top < ((Number) at.get("height")).doubleValue() / 3, id + " near the top of the window: " + at);
  }

  @Test
  void aSentenceAddressMarksTheSentenceInBothLanguages() {
    edition.driver.get(edition.url("index.html#p12-s3"));
    assertTrue(find(edition.driver, "#p12-s3").getAttribute("class").contains("sel"));
    assertTrue(find(edition.driver, ".en .s[data-s=p12-s3]").getAttribute("class").contains("sel"));
  }

  @Test
  void everyInternalLinkAndPopoverTargetResolves() {
    edition.driver.get(edition.url("index.html"));
    String broken = (String) js(edition.driver,
        "return [...document.querySelectorAll('a[href^=\"#\"], [popovertarget]')]"
        + ".filter(e => { const id = e.hasAttribute('popovertarget') ? e.getAttribute('popovertarget')"
        + " : decodeURIComponent(e.getAttribute('href').slice(1));"
        + " const t = document.getElementById(id);"
        + " return !t || (e.hasAttribute('popovertarget') && !t.hasAttribute('popover')); })"
        + ".map(e => e.outerHTML.slice(0, 120)).join('\\n')");
    assertEquals("", broken);
    long targets = (Long) js(edition.driver, "return document.querySelectorAll('[popovertarget]').length");
    assertTrue(targets >= 4, "the options and the Close buttons of the options, cite and glossary: " + targets);
  }

  @Test
  void theOutlineLinksToTheTextsParts() {
    edition.driver.get(edition.url("index.html"));
    find(edition.driver, ".outline .parts a[href='#p13']").click();
    assertEquals("#p13", js(edition.driver, "return location.hash"));
    js(edition.driver, "scrollTo(0, 0)");
    find(edition.driver, ".outline summary").click();
    find(edition.driver, ".paras a[href='#pillar-1']").click();
    assertEquals("#pillar-1", js(edition.driver, "return location.hash"));
  }

  @Test
  void aGlossaryTermOpensItsEntryByMouseAndClosesWithEscape() {
    edition.driver.get(edition.url("index.html#p3"));
    WebElement term = find(edition.driver, "#p3 a.term");
    String id = term.getAttribute("href").replaceAll(".*#", "");
    term.click();
    WebElement popover = find(edition.driver, "#gpop");
    assertTrue(open(popover));
    assertEquals(find(edition.driver, "#" + id + " [lang=zh-Hans]").getText(),
        popover.findElement(By.cssSelector("#gpop-h [lang=zh-Hans]")).getText());
    WebElement note = new WebDriverWait(edition.driver, Duration.ofSeconds(10))
        .until(d -> popover.findElement(By.cssSelector(".g-note")));
    assertTrue(note.getText().length() > 20, "its note, from the glossary page");
    assertTrue(popover.findElement(By.cssSelector(".g-where a[href='#p3']")).isDisplayed(), "where it appears");
    assertTrue(popover.findElements(By.cssSelector(".g-more")).isEmpty(), "no link to the note it shows");
    assertEquals("#p3", js(edition.driver, "return location.hash"), "the link was not followed");
    new Actions(edition.driver).sendKeys(Keys.ESCAPE).perform();
    assertFalse(open(popover));
    assertEquals(term, edition.driver.switchTo().activeElement(), "focus back on the term");
  }

  @Test
  void withoutTheGlossaryPageThePopoverShowsTheShortEntryAndLinksToTheNote() {
    edition.driver.get(edition.url("index.html#p3"));
    js(edition.driver, "window.fetch = () => Promise.reject(new TypeError('offline'))");
    click(edition.driver, "#p3 a.term");
    WebElement popover = find(edition.driver, "#gpop");
    assertTrue(open(popover));
    WebElement more = popover.findElement(By.cssSelector(".g-more"));
    String id = (String) js(edition.driver,
        "return document.querySelector('#p3 a.term').getAttribute('href').slice(1)");
    assertEquals("glossary.html#" + id, more.getAttribute("href").replaceAll(".*/", ""));
    assertTrue(popover.findElement(By.cssSelector(".g-en")).getText().length() > 3, "the English is there");
    assertTrue(popover.findElements(By.cssSelector(".g-note")).isEmpty());
  }

  @Test
  void aRelatedTermInThePopoverOpensThatTermInPlace() {
    edition.driver.get(edition.url("index.html#p3"));
    click(edition.driver, "#p3 a.term[href='#term-bainian-dabianju']");
    WebElement popover = find(edition.driver, "#gpop");
    WebElement related = new WebDriverWait(edition.driver, Duration.ofSeconds(10))
        .until(d -> popover.findElement(By.cssSelector(".g-rel a[href^='#term-']")));
    String target = related.getAttribute("href").replaceAll(".*#", "");
    related.click();
    assertTrue(open(popover));
    assertEquals(find(edition.driver, "#" + target + " [lang=zh-Hans]").getText(),
        popover.findElement(By.cssSelector("#gpop-h [lang=zh-Hans]")).getText());
  }

  @Test
  void aGlossaryTermOpensByKeyboardWithEnterOrSpace() {
    edition.driver.get(edition.url("index.html#p3"));
    WebElement term = find(edition.driver, "#p3 a.term");
    js(edition.driver, "arguments[0].focus()", term);
    new Actions(edition.driver).sendKeys(Keys.ENTER).perform();
    WebElement popover = find(edition.driver, "#gpop");
    assertTrue(open(popover));
    assertEquals(popover, edition.driver.switchTo().activeElement(), "focus moves into the popover");
    new Actions(edition.driver).sendKeys(Keys.ESCAPE).perform();
    assertFalse(open(popover));
    new Actions(edition.driver).sendKeys(Keys.SPACE).perform();
    assertTrue(open(popover));
  }

  @Test
  void clickingOutsideClosesTheGlossaryPopover() {
    edition.driver.get(edition.url("index.html#p3"));
    find(edition.driver, "#p3 a.term").click();
    WebElement popover = find(edition.driver, "#gpop");
    assertTrue(open(popover));
    new Actions(edition.driver).moveToElement(find(edition.driver, "#p3 > .en"), 0, 0).click().perform();
    assertFalse(open(popover));
  }

  @Test
  void aPhoneShowsTheGlossaryPopoverWhollyOnScreen() {
    ChromeDriver phone = EditionSite.phone(360, 740);
    try {
      phone.get(edition.url("index.html#p4"));
      click(phone, "#p4 a.term");
      Map<?, ?> box = (Map<?, ?>) js(phone, "const r = document.getElementById('gpop').getBoundingClientRect();"
          + " return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, w: innerWidth, h: innerHeight}");
      assertTrue(((Number) box.get("left")).doubleValue() >= 0, box.toString());
      assertTrue(((Number) box.get("top")).doubleValue() >= 0, box.toString());
      assertTrue(((Number) box.get("right")).doubleValue() <= ((Number) box.get("w")).doubleValue(), box.toString());
      assertTrue(((Number) box.get("bottom")).doubleValue() <= ((Number) box.get("h")).doubleValue(), box.toString());
    } finally {
      phone.quit();
    }
  }

  /** The file names of what the page has fetched, sorted. */
  private static final String LOADED = "return performance.getEntriesByType('resource')"
      + ".map(r => r.name.substring(r.name.lastIndexOf('/') + 1)).sort().join(' ')";

  @Test
  void theContentSecurityPolicyBlocksNothingAndNothingLeavesTheOrigin() {
    ChromeOptions options = new ChromeOptions();
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriver logged = Browser.start(1366, 900, options);
    try {
      logged.get(edition.url("index.html?tones=on#p3"));
      // The icon is fetched on its own schedule, so it is waited for, not counted on.
      new WebDriverWait(logged, Duration.ofSeconds(10)).until(d -> ((String) js(logged, LOADED)).contains("favicon"));
      assertEquals("duizhao.css duizhao.js favicon.svg", js(logged, LOADED), "what loads with the page");
      click(logged, "#p3 a.term");
      new WebDriverWait(logged, Duration.ofSeconds(10)).until(d -> d.findElement(By.cssSelector("#gpop .g-note")));
      List<String> problems = logged.manage().logs().get(LogType.BROWSER).getAll().stream()
          .map(LogEntry::getMessage)
          .filter(m -> m.contains("Content Security Policy") || m.contains("Refused") || m.contains("Uncaught"))
          .toList();
      assertEquals(List.of(), problems);
      assertEquals("", js(logged, "return performance.getEntriesByType('resource')"
          + ".filter(r => new URL(r.name).origin !== location.origin).map(r => r.name).join(' ')"));
      assertEquals("duizhao.css duizhao.js favicon.svg glossary.html", js(logged, LOADED),
          "one CSS, one JS, the icon; the glossary page once a term is opened");
    } finally {
      logged.quit();
    }
  }

  @Test
  void copyingSelectedChineseGivesTheCharactersWithoutPinyin() {
    edition.driver.get(edition.url("index.html#p3"));
    assumeTrue((Long) js(edition.driver, "return document.querySelectorAll('#p3-s1 rt').length") > 0,
        "the page has no pinyin yet (annotation not built)");
    String copied = EditionSite.copyWithKeyboard(edition.driver, "const r = document.createRange();"
        + " r.setStartBefore(document.getElementById('p3-s1')); r.setEndAfter(document.getElementById('p3-s2'));"
        + " getSelection().removeAllRanges(); getSelection().addRange(r);");
    assertEquals(EditionSite.charactersOf(edition.driver, "p3-s1", "p3-s2"), copied);
    assertTrue(copied.startsWith("习近平指出，"), copied);
  }
}
