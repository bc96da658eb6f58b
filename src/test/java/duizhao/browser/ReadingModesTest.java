package duizhao.browser;

import static duizhao.browser.EditionSite.css;
import static duizhao.browser.EditionSite.find;
import static duizhao.browser.EditionSite.js;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.chrome.ChromeDriver;

/** The reading modes and toggles, as a reader switches them: layout, persistence, and the shareable address. */
class ReadingModesTest {
  @RegisterExtension static final ServedEdition edition = ServedEdition.desktop();

  @BeforeEach
  void freshReader() {
    open("");
    EditionSite.forgetChoices(edition.driver);
    open("");
  }

  private void open(String queryAndHash) {
    edition.driver.get("about:blank");
    edition.driver.get(edition.url("index.html" + queryAndHash));
  }

  private void choose(String name, String value) {
    find(edition.driver, "#bar label:has(> input[name=" + name + "][value=" + value + "])").click();
  }

  private void openOptions() {
    find(edition.driver, "#bar .more").click();
  }

  private static Rectangle box(String selector) {
    return find(edition.driver, selector).getRect();
  }

  private static String attribute(String name) {
    return (String) js(edition.driver, "return document.documentElement.getAttribute(arguments[0])", name);
  }

  @Test
  void wideScreensOpenInParallelWithChineseBesideEnglish() {
    assertNull(attribute("data-mode"), "no choice made: the stylesheet decides");
    Rectangle zh = box("#p3 > .zh");
    Rectangle en = box("#p3 > .en");
    assertTrue(en.getX() >= zh.getX() + zh.getWidth(), "English to the right of the Chinese");
    assertEquals(zh.getY(), en.getY(), 2);
    assertTrue(find(edition.driver, "#bar input[value=parallel]").isSelected());
  }

  @Test
  void interleavedPutsEachParagraphsEnglishUnderItsChinese() {
    choose("mode", "interleaved");
    assertEquals("interleaved", attribute("data-mode"));
    Rectangle zh = box("#p3 > .zh");
    Rectangle en = box("#p3 > .en");
    assertTrue(en.getY() >= zh.getY() + zh.getHeight(), "English below the Chinese");
    assertEquals(zh.getX(), en.getX(), 2);
  }

  @Test
  void chineseOnlyHidesTheEnglishAndEnglishOnlyTheChinese() {
    choose("mode", "zh");
    assertTrue(find(edition.driver, "#p3 > .zh").isDisplayed());
    assertFalse(find(edition.driver, "#p3 > .en").isDisplayed());
    assertFalse(find(edition.driver, "h1 .en").isDisplayed());
    choose("mode", "en");
    assertFalse(find(edition.driver, "#p3 > .zh").isDisplayed());
    assertFalse(find(edition.driver, "h1 .zh").isDisplayed());
    assertTrue(find(edition.driver, "#p3 > .en").isDisplayed());
    assertFalse(find(edition.driver, "#bar .py").isDisplayed(), "the pinyin switch has nothing to switch");
  }

  @Test
  void pinyinOffHidesTheRubyAndTightensTheLines() {
    assumeTrue(hasRuby(), "the page has no pinyin yet (annotation not built)");
    assertTrue(find(edition.driver, "#p3-s1 rt").isDisplayed());
    int tall = box("#p3 > .zh").getHeight();
    find(edition.driver, "#bar label.py").click();
    assertEquals("off", attribute("data-pinyin"));
    assertFalse(find(edition.driver, "#p3-s1 rt").isDisplayed());
    assertTrue(box("#p3 > .zh").getHeight() < tall);
  }

  @Test
  void toneColoursGiveEachToneItsColourAndShowTheLegend() {
    assumeTrue(hasRuby(), "the page has no pinyin yet (annotation not built)");
    assertFalse(find(edition.driver, "#bar .legend").isDisplayed());
    String plain = css(edition.driver, "#p3-s1 rt", "color");
    openOptions();
    find(edition.driver, "#opts label:has(> input[name=tones])").click();
    assertEquals("on", attribute("data-tones"));
    assertTrue(find(edition.driver, "#bar .legend").isDisplayed());
    long toneClasses = (Long) js(edition.driver,
        "return new Set([...document.querySelectorAll('rt[class], rt > span[class]')]"
        + ".map(e => [...e.classList].find(c => /^t[1-5]$/.test(c)))).size");
    assertTrue(toneClasses >= 4, "syllables of at least four tones are coloured: " + toneClasses);
    String first = css(edition.driver, "rt.t1", "color");
    String fourth = css(edition.driver, "rt.t4", "color");
    assertNotEquals(first, fourth);
    assertNotEquals(plain, first);
    assertEquals(first, css(edition.driver, "#bar .legend .t1", "color"), "the legend shows the same colour");
  }

  @Test
  void toneColoursReadTheToneFromTheToneMark() {
    assumeTrue(hasRuby(), "the page has no pinyin yet (annotation not built)");
    openOptions();
    find(edition.driver, "#opts label:has(> input[name=tones])").click();
    String mismatches = (String) js(edition.driver,
        "const marks = {t1: /[āēīōūǖĀĒĪŌŪ]/, t2: /[áéíóúǘÁÉÍÓÚ]/,"
        + " t3: /[ǎěǐǒǔǚǍĚǏǑǓ]/, t4: /[àèìòùǜÀÈÌÒÙ]/};"
        + " return [...document.querySelectorAll('rt.t1, rt.t2, rt.t3, rt.t4')]"
        + ".filter(rt => !marks[[...rt.classList].find(c => marks[c])].test(rt.textContent))"
        + ".map(rt => rt.className + ' ' + rt.textContent).join(', ')");
    assertEquals("", mismatches);
  }

  @Test
  void spokenTonesSwapTheReadingsOfYiAndBu() {
    assumeTrue((Long) js(edition.driver, "return document.querySelectorAll('rt .sp').length") > 0,
        "the page has no spoken readings yet (annotation not built)");
    assertTrue(find(edition.driver, "rt .ci").isDisplayed());
    assertFalse(find(edition.driver, "rt .sp").isDisplayed());
    openOptions();
    find(edition.driver, "#opts label:has(> input[name=spoken])").click();
    assertEquals("on", attribute("data-spoken"));
    assertFalse(find(edition.driver, "rt .ci").isDisplayed());
    assertTrue(find(edition.driver, "rt .sp").isDisplayed());
  }

  @Test
  void textSizeScalesTheWholePage() {
    String normal = css(edition.driver, "#p3 > .en", "font-size");
    openOptions();
    choose("size", "xl");
    assertEquals("xl", attribute("data-size"));
    assertEquals("20px", js(edition.driver, "return getComputedStyle(document.documentElement).fontSize"));
    assertTrue(Double.parseDouble(css(edition.driver, "#p3 > .en", "font-size").replace("px", ""))
        > Double.parseDouble(normal.replace("px", "")));
  }

  @Test
  void choicesAreRememberedOnTheNextVisit() {
    choose("mode", "zh");
    find(edition.driver, "#bar label.py").click();
    open("");
    assertEquals("zh", attribute("data-mode"));
    assertEquals("off", attribute("data-pinyin"));
    assertTrue(find(edition.driver, "#bar input[value=zh]").isSelected());
    assertFalse(find(edition.driver, "#bar input[name=pinyin]").isSelected());
  }

  @Test
  void choicesAreWrittenIntoTheAddressForSharing() {
    edition.driver.get(edition.url("index.html#p12"));
    choose("mode", "zh");
    find(edition.driver, "#bar label.py").click();
    assertEquals("?mode=zh&pinyin=off", js(edition.driver, "return location.search"));
    assertEquals("#p12", js(edition.driver, "return location.hash"));
    find(edition.driver, "#bar label.py").click();
    assertEquals("?mode=zh", js(edition.driver, "return location.search"), "defaults stay out of the address");
  }

  @Test
  void aSharedAddressOpensInItsModeWhateverWasRemembered() {
    choose("mode", "zh");
    open("?mode=en&pinyin=off#p12");
    assertEquals("en", attribute("data-mode"));
    assertEquals("off", attribute("data-pinyin"));
    assertTrue(find(edition.driver, "#bar input[value=en]").isSelected());
    assertFalse(find(edition.driver, "#p12 > .zh").isDisplayed());
  }

  @Test
  void nonsenseInTheAddressIsIgnored() {
    open("?mode=sideways&pinyin=maybe&size=huge");
    assertNull(attribute("data-mode"));
    assertEquals("on", attribute("data-pinyin"));
    assertEquals("m", attribute("data-size"));
  }

  @Test
  void phonesOpenInterleavedWithoutTheParallelChoice() {
    for (int width : new int[] {320, 390}) {
      ChromeDriver phone = EditionSite.phone(width, 740);
      try {
        phone.get(edition.url("index.html"));
        Rectangle zh = find(phone, "#p3 > .zh").getRect();
        Rectangle en = find(phone, "#p3 > .en").getRect();
        assertTrue(en.getY() >= zh.getY() + zh.getHeight(), "English below the Chinese at " + width);
        assertFalse(find(phone, "#bar .m-par").isDisplayed());
        assertTrue(find(phone, "#bar input[value=interleaved]").isSelected());
        assertEquals((long) width, js(phone, "return document.documentElement.scrollWidth"),
            "nothing wider than the screen at " + width);
        assertEquals(find(phone, "#bar .more").getRect().getY(), find(phone, "#bar .modes").getRect().getY(), 8,
            "the bar fits on one line at " + width);
      } finally {
        phone.quit();
      }
    }
  }

  private static boolean hasRuby() {
    return (Long) js(edition.driver, "return document.querySelectorAll('#text rt').length") > 0;
  }
}
