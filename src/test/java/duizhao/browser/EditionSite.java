package duizhao.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import duizhao.testing.Browser;
import duizhao.testing.SiteRun;
import duizhao.testing.StaticServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real edition built into a scratch folder and served on loopback, and headless Chromium windows looking at it.
 * Browser tests get one per class through {@link ServedEdition}.
 */
final class EditionSite implements AutoCloseable {
  final SiteRun run;
  private final StaticServer server;

  private EditionSite(SiteRun run, StaticServer server) {
    this.run = run;
    this.server = server;
  }

  /** Builds the project's content into {@code dir} (a {@code @TempDir}) with extra build arguments, and serves it. */
  static EditionSite build(Path dir, String... buildArgs) {
    Browser.require();
    SiteRun run = SiteRun.copyOfProject(dir);
    SiteRun.Result result = run.build(buildArgs);
    assertEquals(0, result.exitCode(), result::toString);
    return new EditionSite(run, StaticServer.serve(run.out));
  }

  String url(String path) {
    return server.url(path);
  }

  /** The origin pages are served from, e.g. {@code http://127.0.0.1:41234}. */
  String origin() {
    String url = server.url("");
    return url.substring(0, url.length() - 1);
  }

  static ChromeDriver desktop() {
    return window(1366, 900);
  }

  /**
   * A window of the given size. It asks for reduced motion, as many readers do (the page has no animation either
   * way; {@code NavigationTest} also checks a window with the default).
   */
  static ChromeDriver window(int width, int height) {
    ChromeDriver driver = Browser.start(width, height);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    darkMode(driver, false);
    return driver;
  }

  /** A phone-sized window (desktop Chromium cannot shrink its window below about 500 px, so this emulates). */
  static ChromeDriver phone(int width, int height) {
    ChromeDriver driver = window(800, height);
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
    return driver;
  }

  static ChromeDriver withoutJavaScript() {
    ChromeOptions options = new ChromeOptions();
    options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    ChromeDriver driver = Browser.start(1366, 900, options);
    darkMode(driver, false);
    return driver;
  }

  /** Emulates the light or dark colour scheme (with reduced motion, as every window here). */
  static void darkMode(ChromeDriver driver, boolean dark) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
        List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"),
            Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
  }

  static Object js(ChromeDriver driver, String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  static WebElement find(ChromeDriver driver, String css) {
    return driver.findElement(By.cssSelector(css));
  }

  /**
   * Clicks as a reader does, through WebDriver, once the element is on screen and has stopped moving: top-layer
   * popovers placed by CSS anchor positioning follow a scroll only at the next rendering update, and a click computed
   * before it lands on the old position (ElementClickIntercepted at a point far off screen). Waits on that condition
   * with a timeout, never a fixed sleep.
   */
  static void click(ChromeDriver driver, WebElement element) {
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> element.isDisplayed() && steadyOnScreen(driver, element));
    element.click();
  }

  static void click(ChromeDriver driver, String css) {
    click(driver, find(driver, css));
  }

  /**
   * Waits until the element has stopped moving (its box the same over two rendering updates), without scrolling: a
   * target's position settles only once the lazily laid out parts above it have their real heights.
   */
  static void awaitSettled(ChromeDriver driver, WebElement element) {
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(driver.executeAsyncScript(
        "const [e, done] = arguments; const at = () => { const r = e.getBoundingClientRect(); return [r.top, r.left]; };"
        + " const before = at(); requestAnimationFrame(() => requestAnimationFrame(() =>"
        + " done(at().every((v, i) => Math.abs(v - before[i]) < 0.5))));", element)));
  }

  /** Whether the element lies wholly in the viewport and at the same place over two rendering updates. */
  private static boolean steadyOnScreen(ChromeDriver driver, WebElement element) {
    return Boolean.TRUE.equals(driver.executeAsyncScript("const [e, done] = arguments;"
        + " const at = () => { const r = e.getBoundingClientRect(); return [r.top, r.left, r.bottom, r.right]; };"
        + " const inView = ([t, l, b, r]) => t >= 0 && l >= 0 && b <= innerHeight && r <= innerWidth;"
        + " if (!inView(at())) e.scrollIntoView({block: 'center', inline: 'nearest'});"
        + " const before = at();"
        + " requestAnimationFrame(() => requestAnimationFrame(() => { const after = at();"
        + "   done(inView(after) && after.every((v, i) => Math.abs(v - before[i]) < 0.5)); }));",
        element));
  }

  static String css(ChromeDriver driver, String selector, String property) {
    return find(driver, selector).getCssValue(property);
  }

  /**
   * Copies with Ctrl+C what {@code selectScript} selects (the clipboard emptied first) and returns what the clipboard
   * then holds. The window needs clipboard permission ({@link ServedEdition#withClipboard()}).
   */
  static String copyWithKeyboard(ChromeDriver driver, String selectScript) {
    js(driver, "navigator.clipboard.writeText(''); " + selectScript);
    new Actions(driver).keyDown(Keys.CONTROL).sendKeys("c").keyUp(Keys.CONTROL).perform();
    return (String) driver.executeAsyncScript("navigator.clipboard.readText().then(arguments[0])");
  }

  /** The Chinese of the given sentences as the page shows it, without pinyin or print-only note numbers. */
  static String charactersOf(ChromeDriver driver, String... sentenceIds) {
    return (String) js(driver, "return arguments[0].map(id => { const c = document.getElementById(id).cloneNode(true);"
        + " c.querySelectorAll('rt, .term-no').forEach(e => e.remove()); return c.textContent; }).join('')",
        List.of(sentenceIds));
  }

  /** Forgets the reader's stored choices, so each test starts from the defaults. */
  static void forgetChoices(ChromeDriver driver) {
    js(driver, "localStorage.clear()");
  }

  @Override
  public void close() {
    server.close();
  }
}
