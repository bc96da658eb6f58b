package duizhao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duizhao.testing.Browser;
import duizhao.testing.SiteRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The editor's loop as a person sees it: edit, the open page reloads; break the content, its errors cover the page. */
class ServeBrowserTest {
  private static final String P2 = "On arriving at the Filoli estate, Xi Jinping was warmly greeted by Biden.";
  private static final String P2_EDITED = "On arriving at the Filoli estate, Xi Jinping was welcomed warmly by Biden.";

  @TempDir Path dir;

  @Test
  void anEditReloadsTheOpenPageAndABrokenAlignmentShowsItsErrorOverTheLastGoodPage() {
    Browser.require();
    SiteRun run = SiteRun.copyOfProject(dir);
    try (Running serving = new Running(run)) {
      ChromeDriver driver = Browser.start(1280, 900);
      try {
        WebDriverWait wait = new WebDriverWait(driver, Running.PATIENCE);
        driver.get(serving.uri("/index.html").toString());
        markPage(driver);

        serving.replace("translation.en.md", P2, P2_EDITED);

        wait.until(d -> !isMarked(d));
        assertEquals(P2_EDITED, driver.findElement(By.cssSelector("[data-s=p2-s1]")).getText());

        markPage(driver);
        serving.replace("translation.en.md", "Biden.\n\n# p3", "Biden.\nAn extra line.\n\n# p3");

        WebElement overlay = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("duizhao-build-error")));
        String errors = overlay.findElement(By.tagName("pre")).getText();
        assertTrue(errors.contains("translation.en.md:25:1: error: paragraph 2 has 1 sentence in Chinese but 2 in"
            + " English"), errors);
        assertTrue(errors.endsWith("1 error; serving the last good build"), errors);
        assertTrue(isMarked(driver), "the page was not reloaded: the last good build stays underneath");
        assertEquals(P2_EDITED, driver.findElement(By.cssSelector("[data-s=p2-s1]")).getText());

        serving.replace("translation.en.md", "Biden.\nAn extra line.\n\n# p3", "Biden.\n\n# p3");

        wait.until(d -> !isMarked(d));
        assertTrue(driver.findElements(By.id("duizhao-build-error")).isEmpty());
      } finally {
        driver.quit();
      }
    }
  }

  /** Sets a flag on the window; a reload clears it. */
  private static void markPage(ChromeDriver driver) {
    driver.executeScript("window.duizhaoTestMark = true;");
  }

  private static boolean isMarked(org.openqa.selenium.WebDriver driver) {
    return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return window.duizhaoTestMark === true;"));
  }
}
