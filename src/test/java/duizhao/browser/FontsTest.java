package duizhao.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The page is drawn with the fonts its stacks name first, which .ci/run installs: what the other browser tests
 * measure (page counts, wrapping, the bar's height) holds for those fonts, so a machine without them fails here, by
 * name, instead of somewhere else by a few pixels or a ninth page.
 */
class FontsTest {
  @RegisterExtension
  static final ServedEdition edition = ServedEdition.desktop();

  private static String mainFontOf(String selector) {
    edition.driver.get(edition.url("index.html?mode=parallel#p3"));
    List<String> fonts = PageFonts.of(edition.driver, selector);
    return fonts.isEmpty() ? "(no text drawn)" : fonts.get(0);
  }

  @Test
  void theEnglishIsDrawnInCharisSil() {
    assertEquals(PageFonts.EXPECTED.get("--en"), mainFontOf("#p3 > .en"),
        "the font of ¶3's English; .ci/run installs fonts-sil-charis");
  }

  @Test
  void theChineseIsDrawnInNotoSerifCjk() {
    assertEquals(PageFonts.EXPECTED.get("--zh"), mainFontOf("#p3-s1"),
        "the font of ¶3's first Chinese sentence; .ci/run installs fonts-noto-cjk");
  }

  @Test
  void thePinyinIsDrawnInNotoSansCjk() {
    assertEquals(PageFonts.EXPECTED.get("--py"), mainFontOf("#p3-s1 rt"),
        "the font of the pinyin over ¶3's first word; .ci/run installs fonts-noto-cjk");
  }

  @Test
  void theControlsAreDrawnInNotoSans() {
    assertEquals(PageFonts.EXPECTED.get("--ui"), mainFontOf("#bar label"),
        "the font of the reading bar's first label; .ci/run installs fonts-noto-core");
  }
}
