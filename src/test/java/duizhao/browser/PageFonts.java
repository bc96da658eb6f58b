package duizhao.browser;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The fonts Chromium really drew an element's text with, as its DevTools report them: not what the CSS asks for,
 * but what the machine had. Layout measurements (page counts, wrapping) are only meaningful with the fonts .ci/run
 * installs, so tests that measure say which fonts they measured with.
 */
final class PageFonts {
  /** The families a browser test expects, by the CSS custom property that names them (docs/UI.md, "Fonts"). */
  static final Map<String, String> EXPECTED = Map.of(
      "--en", "Charis SIL",
      "--zh", "Noto Serif CJK SC",
      "--py", "Noto Sans CJK SC",
      "--ui", "Noto Sans");

  private PageFonts() {}

  /** The font families used for the text of the first element matching {@code selector}, most glyphs first. */
  @SuppressWarnings("unchecked")
  static List<String> of(ChromeDriver driver, String selector) {
    driver.executeCdpCommand("DOM.enable", Map.of());
    driver.executeCdpCommand("CSS.enable", Map.of());
    Map<String, Object> document = driver.executeCdpCommand("DOM.getDocument", Map.of("depth", 0));
    Object root = ((Map<String, Object>) document.get("root")).get("nodeId");
    Object node = driver.executeCdpCommand("DOM.querySelector", Map.of("nodeId", root, "selector", selector))
        .get("nodeId");
    if (node == null || ((Number) node).intValue() == 0) {
      throw new AssertionError("no element matches " + selector);
    }
    List<Map<String, Object>> fonts = (List<Map<String, Object>>) driver
        .executeCdpCommand("CSS.getPlatformFontsForNode", Map.of("nodeId", node)).get("fonts");
    return fonts.stream()
        .sorted((a, b) -> Long.compare(((Number) b.get("glyphCount")).longValue(),
            ((Number) a.get("glyphCount")).longValue()))
        .map(f -> (String) f.get("familyName"))
        .toList();
  }

  /** One line for failure messages: which fonts the English, Chinese, pinyin and controls were drawn with. */
  static String summary(ChromeDriver driver) {
    return Map.of("English", "#p3 > .en", "Chinese", "#p3-s1", "pinyin", "#p3-s1 rt").entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + " in " + safely(driver, e.getValue()))
        .collect(Collectors.joining(", ", "fonts: ", ""));
  }

  private static String safely(ChromeDriver driver, String selector) {
    try {
      return String.valueOf(of(driver, selector));
    } catch (RuntimeException | AssertionError e) {
      return "? (" + e.getMessage() + ")";
    }
  }
}
