package duizhao.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The handout a teacher prints: Chromium's print to PDF in each reading mode, on A4 and Letter, read back page by
 * page. Budgets (how many pages) and behaviours (every page numbered and addressed, what each mode prints) are
 * separate tests, one promise each. Page counts depend on fonts: they are measured with the fonts .ci/run installs
 * ({@link FontsTest}), and a failure names the fonts it measured with. Chinese is checked only by short common words:
 * the PDF maps some CJK glyphs back to look-alike radicals.
 */
class PrintTest {
  static final PageSize A4 = new PageSize(29.7, 21.0);
  static final PageSize LETTER = new PageSize(27.94, 21.59);

  @RegisterExtension
  static final ServedEdition edition = ServedEdition.desktop("--base-url", "https://example.org/duizhao/");

  /** Printed pages by query and paper: each handout is printed once for the class. */
  private static final Map<String, Printed> PRINTED = new HashMap<>();

  /** A printed handout: its pages' text with all white space removed (the PDF places glyphs one by one). */
  record Printed(List<String> pages, String fonts) {
    int count() {
      return pages.size();
    }

    String all() {
      return String.join("", pages);
    }
  }

  static Printed print(String query, String paper) {
    return PRINTED.computeIfAbsent(query + " " + paper, key -> {
      edition.driver.get("about:blank");
      edition.driver.get(edition.url("index.html" + query));
      assertTrue((Boolean) EditionSite.js(edition.driver,
          "return document.documentElement.classList.contains('js')"), "the page's script ran");
      PrintOptions options = new PrintOptions();
      options.setPageSize(paper.equals("Letter") ? LETTER : A4);
      options.setBackground(true);
      byte[] pdf = Base64.getDecoder().decode(edition.driver.print(options).getContent());
      List<String> pages = PdfText.pages(pdf).stream().map(PrintTest::squeezed).toList();
      return new Printed(pages, PageFonts.summary(edition.driver));
    });
  }

  private static String squeezed(String s) {
    return s.replaceAll("\\s+", "");
  }

  @ParameterizedTest(name = "{0} on {1}: at most {2} pages")
  @CsvSource({
      "bilingual, A4, 8", "bilingual, Letter, 8",
      "Chinese only, A4, 4", "Chinese only, Letter, 4",
      "English only, A4, 4", "English only, Letter, 4"})
  void eachHandoutKeepsToItsPageBudget(String mode, String paper, int budget) {
    Printed printed = print(query(mode), paper);
    assertTrue(printed.count() <= budget, () -> mode + " handout on " + paper + ": measured " + printed.count()
        + " pages, budget " + budget + " (docs/PRINT.md); " + printed.fonts());
  }

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource({
      "bilingual, A4", "bilingual, Letter", "Chinese only, A4", "Chinese only, Letter",
      "English only, A4", "English only, Letter"})
  void everyPageIsNumberedPageNOfN(String mode, String paper) {
    Printed printed = print(query(mode), paper);
    int n = printed.count();
    for (int i = 0; i < n; i++) {
      String expected = "Page" + (i + 1) + "of" + n;
      assertTrue(printed.pages().get(i).contains(expected),
          mode + " on " + paper + ": page " + (i + 1) + " of " + n + " does not say \"Page " + (i + 1) + " of " + n
              + "\"");
    }
  }

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource({"bilingual, A4", "bilingual, Letter", "English only, Letter"})
  void everyPageCarriesTheEditionsPublicAddress(String mode, String paper) {
    Printed printed = print(query(mode), paper);
    for (int i = 0; i < printed.count(); i++) {
      assertTrue(printed.pages().get(i).contains("example.org/duizhao/index.html"),
          mode + " on " + paper + ": page " + (i + 1) + " lacks the address given by --base-url");
    }
  }

  @Test
  void theRunningTitleStandsOverEveryPageButTheFirst() {
    List<String> pages = print("", "A4").pages();
    assertTrue(pages.get(1).contains(squeezed("Xi Jinping holds China–US summit meeting")),
        "running title on page 2");
    assertFalse(pages.get(0).contains(squeezed("Xi Jinping holds China–US summit meeting with US President Biden"
        + "Page1")), "no running title over the first page's own title");
  }

  @Test
  void theHandoutOpensWithTitleSourceAndDate() {
    String first = print("", "A4").pages().get(0);
    assertTrue(first.contains("习近平"), "the Chinese title");
    assertTrue(first.contains(squeezed("Xi Jinping Holds China–US Summit Meeting with US President Biden")),
        "the English title");
    assertTrue(first.contains(squeezed("Xinhua News Agency (Xinhuanet), 2023-11-16")), "the source and its date");
    assertTrue(first.contains("¶1"), "the first paragraph starts on page 1");
  }

  @Test
  void theBilingualHandoutEndsWithTheTranslatorsNotesAndTheNumberedGlossary() {
    String all = print("", "A4").all();
    assertTrue(all.contains(squeezed("Translator’s notes")), "the translator's notes print");
    assertTrue(all.contains("Glossary"), "the glossary prints");
    assertTrue(all.contains("G1习近平"), "glossary note G1 is the first term of the text");
    assertTrue(all.contains("Inthetextonlywithin"), "a term found only inside longer ones says which");
    assertTrue(all.indexOf("Glossary") > all.indexOf(squeezed("Translator’s notes")), "notes before glossary");
    assertTrue(all.contains("PILLAR1") && all.contains("PILLAR5"), "pillars are marked");
    assertFalse(all.contains("Interleaved") || all.contains("Copylink") || all.contains("Howtocite"),
        "no controls, menus or web-only sections");
  }

  @Test
  void englishOnlyPrintsItsNotesAndNeitherChineseNorGlossaryNumbers() {
    String all = print("?mode=en", "A4").all();
    assertFalse(all.contains("习近平"), "no Chinese text");
    assertTrue(all.contains(squeezed("Translator’s notes")), "the translator's notes print");
    assertFalse(all.contains("Glossary"), "the glossary's numbers stand in the Chinese, which is not printed");
  }

  @Test
  void chineseOnlyPrintsTheGlossaryAndNotTheTranslatorsNotes() {
    String all = print("?mode=zh", "A4").all();
    assertTrue(all.contains("习近平"), "the Chinese prints");
    assertFalse(all.contains(squeezed("Xi Jinping pointed out")), "no English text");
    assertTrue(all.contains("Glossary"), "the glossary prints");
    assertFalse(all.contains(squeezed("Translator’s notes")), "no translator's notes");
  }

  @Test
  void pinyinPrintsOnlyWhenItIsShown() {
    // The first page only: the glossary notes at the end print each term's pinyin in every mode.
    String withPinyin = print("?mode=zh", "A4").pages().get(0);
    String without = print("?mode=zh&pinyin=off", "A4").pages().get(0);
    assertTrue(withPinyin.contains("Xí"), "pinyin over the Chinese");
    assertFalse(without.contains("Xí") || without.contains("jìn"), () -> "no pinyin over the text: " + without);
    assertEquals(-1, without.indexOf("zhǐchū"), "no pinyin of 指出");
  }

  private static String query(String mode) {
    return switch (mode) {
      case "bilingual" -> "";
      case "Chinese only" -> "?mode=zh";
      case "English only" -> "?mode=en";
      default -> throw new IllegalArgumentException(mode);
    };
  }
}
