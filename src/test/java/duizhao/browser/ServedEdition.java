package duizhao.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a browser test class looks at: the real edition built and served once for the class, and one Chromium window
 * on it, closed after the class. Register it as {@code @RegisterExtension static final ServedEdition edition = …}.
 */
final class ServedEdition implements BeforeAllCallback, AfterAllCallback {
  private final Supplier<ChromeDriver> window;
  private final String[] buildArgs;
  private boolean clipboard;
  private Path dir;
  EditionSite site;
  ChromeDriver driver;

  private ServedEdition(Supplier<ChromeDriver> window, String... buildArgs) {
    this.window = window;
    this.buildArgs = buildArgs;
  }

  /** A 1366 × 900 window, on the site built with the given extra build arguments. */
  static ServedEdition desktop(String... buildArgs) {
    return new ServedEdition(EditionSite::desktop, buildArgs);
  }

  /** A desktop window with JavaScript switched off. */
  static ServedEdition withoutJavaScript() {
    return new ServedEdition(EditionSite::withoutJavaScript);
  }

  /** Lets the page write to and read from the clipboard, as a reader allows when asked. */
  ServedEdition withClipboard() {
    clipboard = true;
    return this;
  }

  String url(String path) {
    return site.url(path);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    dir = Files.createTempDirectory("duizhao-browser-");
    site = EditionSite.build(dir, buildArgs);
    driver = window.get();
    if (clipboard) {
      driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", site.origin(),
          "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      if (site != null) {
        site.close();
      }
      delete(dir);
    }
  }

  private static void delete(Path dir) throws IOException {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
