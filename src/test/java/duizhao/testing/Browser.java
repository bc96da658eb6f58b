package duizhao.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (Selenium's own driver download cannot work here).
 * Where Chromium is missing the calling test is skipped, except in CI ({@code CI=true}), where it fails: the browser
 * tests must run there.
 */
public final class Browser {
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private Browser() {}

  public static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /** Skips the test when Chromium is absent locally; fails it in CI. */
  public static void require() {
    if (!available() && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("Chromium and chromedriver are required in CI: apt-get install chromium chromium-driver");
    }
    Assumptions.assumeTrue(available(), "Chromium not installed (apt-get install chromium chromium-driver): skipped");
  }

  /** A new headless Chromium with the given window size; close it with {@code quit()}. */
  public static ChromeDriver start(int width, int height, String... extraArgs) {
    return start(width, height, new ChromeOptions(), extraArgs);
  }

  /**
   * The same, starting from the given options, e.g. with preferences set (JavaScript off:
   * {@code profile.managed_default_content_settings.javascript = 2}).
   */
  public static ChromeDriver start(int width, int height, ChromeOptions options, String... extraArgs) {
    require();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=" + width + "," + height, "--lang=en-US");
    options.addArguments(extraArgs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    return new ChromeDriver(service, options);
  }
}
