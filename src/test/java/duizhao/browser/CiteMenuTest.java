package duizhao.browser;

import static duizhao.browser.EditionSite.click;
import static duizhao.browser.EditionSite.find;
import static duizhao.browser.EditionSite.js;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A writer citing ¶12: the menu under the paragraph number copies the link, the three citations and the Chinese, for
 * the paragraph or for one chosen sentence. The clipboard is read back through the browser's own clipboard API.
 */
class CiteMenuTest {
  static final String CHICAGO_HEAD = "Xinhua News Agency. “习近平同美国总统拜登举行中美元首会晤” [Xi Jinping holds China–US summit"
      + " meeting with US President Biden]. Xinhuanet, November 16, 2023. Translated by duizhao editors. duizhao"
      + " bilingual reading edition, version 1.0.0, ";

  @RegisterExtension static final ServedEdition edition = ServedEdition.desktop().withClipboard();

  @BeforeEach
  void openParagraph12() {
    edition.driver.get("about:blank");
    edition.driver.get(edition.url("index.html#p12"));
  }

  private String page() {
    return edition.url("index.html");
  }

  private WebElement openMenu() {
    find(edition.driver, "#p12 > .pn").click();
    WebElement menu = find(edition.driver, "#cite");
    assertTrue((Boolean) js(edition.driver, "return arguments[0].matches(':popover-open')", menu));
    assertEquals("#p12", js(edition.driver, "return location.hash"), "the number's link was not followed");
    return menu;
  }

  private String copy(WebElement menu, String what) {
    js(edition.driver, "navigator.clipboard.writeText('')");
    click(edition.driver, menu.findElement(org.openqa.selenium.By.cssSelector("[data-copy=" + what + "]")));
    assertTrue(menu.findElement(org.openqa.selenium.By.cssSelector(".st")).getText().startsWith("Copied the "));
    return clipboard();
  }

  static String clipboard() {
    return (String) edition.driver.executeAsyncScript("navigator.clipboard.readText().then(arguments[0], "
        + "e => arguments[0]('clipboard unreadable: ' + e))");
  }

  @Test
  void theParagraphNumberOpensTheMenuAndItCopiesTheLink() {
    WebElement menu = openMenu();
    assertEquals(page() + "#p12", copy(menu, "link"));
  }

  @Test
  void itCopiesAChicagoCitationWithThePagesOwnAddress() {
    assertEquals(CHICAGO_HEAD + "para. 12, " + page() + "#p12.", copy(openMenu(), "chicago"));
  }

  @Test
  void itCopiesApaAndMlaCitations() {
    WebElement menu = openMenu();
    assertEquals("Xinhua News Agency. (2023, November 16). 习近平同美国总统拜登举行中美元首会晤 [Xi Jinping holds China–US summit"
        + " meeting with US President Biden] (duizhao editors, Trans.; duizhao bilingual reading edition, version 1.0.0,"
        + " para. 12). Xinhuanet. " + page() + "#p12", copy(menu, "apa"));
    assertEquals("Xinhua News Agency. “习近平同美国总统拜登举行中美元首会晤 [Xi Jinping Holds China–US Summit Meeting with US President"
        + " Biden].” Translated by duizhao editors, Xinhuanet, 16 Nov. 2023. duizhao bilingual reading edition, version"
        + " 1.0.0, par. 12, " + page() + "#p12.", copy(menu, "mla"));
  }

  @Test
  void itCopiesTheChineseWithoutPinyinFollowedByTheCitation() {
    String copied = copy(openMenu(), "zh");
    String[] lines = copied.split("\n");
    assertEquals(2, lines.length, copied);
    assertTrue(lines[0].startsWith("习近平指出，美方在出口管制、投资审查、单边制裁方面不断采取针对中国的举措，"), lines[0]);
    assertTrue(lines[0].endsWith("为中国企业提供公平、公正、非歧视的环境。"), lines[0]);
    assertFalse(lines[0].matches(".*[0-9a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü].*"), "no pinyin, no note numbers: " + lines[0]);
    assertEquals(CHICAGO_HEAD + "para. 12, " + page() + "#p12.", lines[1]);
  }

  @Test
  void aClickedSentenceIsCitedOnItsOwn() {
    find(edition.driver, "#p12-s3").click();
    assertTrue(find(edition.driver, ".en .s[data-s=p12-s3]").getAttribute("class").contains("sel"), "its English is marked");
    WebElement menu = openMenu();
    assertEquals("Cite ¶12, sentence 3", menu.findElement(org.openqa.selenium.By.cssSelector(".cite-h")).getText());
    assertEquals(page() + "#p12-s3", copy(menu, "link"));
    assertEquals(CHICAGO_HEAD + "para. 12, sentence 3, " + page() + "#p12-s3.", copy(menu, "chicago"));
    String zh = copy(menu, "zh").split("\n")[0];
    assertEquals("中国的发展壮大有内生逻辑，是外部力量阻挡不了的。", zh);
  }

  @Test
  void selectedTextInASentenceChoosesThatSentence() {
    js(edition.driver, "const s = document.querySelector('.en .s[data-s=p12-s2]'); const r = document.createRange();"
        + " r.selectNodeContents(s); getSelection().removeAllRanges(); getSelection().addRange(r);");
    WebElement menu = openMenu();
    assertEquals(page() + "#p12-s2", copy(menu, "link"));
  }

  @Test
  void withoutAChosenSentenceTheMenuCitesTheParagraphAgain() {
    find(edition.driver, "#p12-s3").click();
    find(edition.driver, "#p12-s3").click();
    assertEquals(page() + "#p12", copy(openMenu(), "link"));
  }

  @Test
  void escapeClosesTheMenuAndKeyboardOpensIt() {
    WebElement number = find(edition.driver, "#p12 > .pn");
    js(edition.driver, "arguments[0].focus()", number);
    new Actions(edition.driver).sendKeys(Keys.ENTER).perform();
    WebElement menu = find(edition.driver, "#cite");
    assertTrue((Boolean) js(edition.driver, "return arguments[0].matches(':popover-open')", menu));
    new Actions(edition.driver).sendKeys(Keys.ESCAPE).perform();
    assertFalse((Boolean) js(edition.driver, "return arguments[0].matches(':popover-open')", menu));
    assertEquals(number, edition.driver.switchTo().activeElement(), "focus back on the number");
  }

  @Test
  void theKeyboardGoesFromTheNumberIntoTheOpenMenu() {
    WebElement number = find(edition.driver, "#p12 > .pn");
    js(edition.driver, "arguments[0].focus()", number);
    new Actions(edition.driver).sendKeys(Keys.ENTER).perform();
    new Actions(edition.driver).sendKeys(Keys.TAB).perform();
    assertTrue((Boolean) js(edition.driver, "return document.getElementById('cite').contains(document.activeElement)"),
        "Tab after opening lands in the menu: " + js(edition.driver, "return document.activeElement.outerHTML"));
  }

  @Test
  void theOneMenuFollowsTheParagraphItIsOpenedFrom() {
    assertEquals(page() + "#p12", copy(openMenu(), "link"));
    new Actions(edition.driver).sendKeys(Keys.ESCAPE).perform();
    // Opened as a reader opens it: ¶3's number scrolled into view and clicked, not a script's click off screen.
    click(edition.driver, "#p3 > .pn");
    WebElement menu = find(edition.driver, "#cite");
    assertEquals("Cite ¶3", menu.findElement(org.openqa.selenium.By.cssSelector(".cite-h")).getText());
    assertEquals(CHICAGO_HEAD + "para. 3, " + page() + "#p3.", copy(menu, "chicago"));
    assertTrue(copy(menu, "zh").startsWith("习近平指出，"));
  }
}
