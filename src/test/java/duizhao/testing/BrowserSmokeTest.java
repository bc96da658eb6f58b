package duizhao.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

class BrowserSmokeTest {
  @TempDir Path dir;

  @Test
  void realSiteOpensInHeadlessChromiumWithItsTitle() {
    Browser.require();
    SiteRun run = SiteRun.copyOfProject(dir);
    assertEquals(0, run.build().exitCode());
    try (StaticServer server = StaticServer.serve(run.out)) {
      ChromeDriver driver = Browser.start(1280, 900);
      try {
        driver.get(server.url("index.html#p12"));
        assertTrue(driver.getTitle().startsWith("习近平同美国总统拜登举行中美元首会晤"));
        assertTrue(driver.findElement(By.id("p12")).isDisplayed());
      } finally {
        driver.quit();
      }
    }
  }
}
