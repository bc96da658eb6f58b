package duizhao.browser;

import static duizhao.browser.EditionSite.find;
import static duizhao.browser.EditionSite.js;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The page with JavaScript switched off in the browser: it opens in its default layout and reads completely; controls
 * that need the script are not shown. (WebDriver's own scripts still run: they inspect, the page's do not.)
 */
class NoJavaScriptTest {
  @RegisterExtension static final ServedEdition edition = ServedEdition.withoutJavaScript().withClipboard();

  @BeforeEach
  void openPage() {
    edition.driver.get("about:blank");
    edition.driver.get(edition.url("index.html"));
  }

  @Test
  void thePageScriptDidNotRun() {
    assertFalse((Boolean) js(edition.driver, "return document.documentElement.classList.contains('js')"));
  }

  @Test
  void everyParagraphReadsInBothLanguagesSideBySide() {
    List<WebElement> paragraphs = edition.driver.findElements(By.cssSelector("#text .para"));
    assertEquals(21, paragraphs.size());
    for (WebElement p : paragraphs) {
      WebElement zh = p.findElement(By.cssSelector(":scope > .zh"));
      WebElement en = p.findElement(By.cssSelector(":scope > .en"));
      assertTrue(zh.isDisplayed() && en.isDisplayed(), p.getAttribute("id"));
      assertFalse(en.getText().isBlank(), p.getAttribute("id"));
      assertTrue(en.getRect().getX() > zh.getRect().getX(), "parallel: " + p.getAttribute("id"));
    }
    assertTrue(find(edition.driver, ".notes").isDisplayed());
    assertTrue(find(edition.driver, ".glossary").isDisplayed());
  }

  @Test
  void controlsThatNeedTheScriptAreNotShown() {
    assertFalse(find(edition.driver, "#bar").isDisplayed());
    assertTrue(find(edition.driver, ".brand").isDisplayed());
    assertEquals(0L, js(edition.driver,
        "return [...document.querySelectorAll('[data-copy]')].filter(b => b.offsetParent)"
        + ".length"));
  }

  @Test
  void theParagraphNumberIsTheParagraphsPermanentLink() {
    find(edition.driver, "#p12 > .pn").click();
    assertEquals("#p12", js(edition.driver, "return location.hash"));
    assertFalse((Boolean) js(edition.driver, "return document.getElementById('cite').matches(':popover-open')"));
    assertTrue(find(edition.driver, ".howto .cites").getText().contains("Xinhua News Agency"), "How to cite reads");
  }

  @Test
  void aGlossaryTermIsALinkToItsEntry() {
    WebElement term = find(edition.driver, "#p3 a.term");
    String target = term.getAttribute("href").replaceAll(".*#", "#");
    term.click();
    assertEquals(target, js(edition.driver, "return location.hash"));
    assertFalse((Boolean) js(edition.driver, "return document.getElementById('gpop').matches(':popover-open')"));
  }

  @Test
  void chromiumLeavesThePinyinOutWhenChineseIsCopied() {
    assumeTrue((Long) js(edition.driver, "return document.querySelectorAll('#p3-s1 rt').length") > 0,
        "the page has no pinyin yet (annotation not built)");
    String copied = EditionSite.copyWithKeyboard(edition.driver, "const r = document.createRange();"
        + " r.selectNodeContents(document.getElementById('p3-s1'));"
        + " getSelection().removeAllRanges(); getSelection().addRange(r);");
    assertEquals(EditionSite.charactersOf(edition.driver, "p3-s1"), copied.strip());
  }
}
