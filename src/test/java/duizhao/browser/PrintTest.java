package duizhao.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The handout a teacher prints: Chromium's print to PDF in each reading mode, on A4 and Letter, read back page by
 * page. Page counts are the targets of docs/PRINT.md; margin boxes carry the running title, page numbers and URL.
 * Chinese is checked only by short common words: the PDF maps some CJK glyphs back to look-alike radicals.
 */
class PrintTest {
  static final PageSize A4 = new PageSize(29.7, 21.0);
  static final PageSize LETTER = new PageSize(27.94, 21.59);

  @RegisterExtension
  static final ServedEdition edition = ServedEdition.desktop("--base-url", "https://example.org/duizhao/");

  /** The printed pages' text, with all white space removed (the PDF places glyphs one by one). */
  static List<String> print(String query, PageSize size) {
    edition.driver.get("about:blank");
    edition.driver.get(edition.url("index.html" + query));
    assertTrue((Boolean) EditionSite.js(edition.driver, "return document.documentElement.classList.contains('js')"),
        "the page's script ran");
    PrintOptions options = new PrintOptions();
    options.setPageSize(size);
    options.setBackground(true);
    byte[] pdf = Base64.getDecoder().decode(edition.driver.print(options).getContent());
    return PdfText.pages(pdf).stream().map(p -> p.replaceAll("\\s+", "")).toList();
  }

  private static String squeezed(String s) {
    return s.replaceAll("\\s+", "");
  }

  @Test
  void theBilingualHandoutFitsOnEightA4PagesWithNumbersAndTheEditionsAddress() {
    List<String> pages = print("", A4);
    int n = pages.size();
    assertTrue(n <= 8, "bilingual handout on A4: " + n + " pages");
    for (int i = 0; i < n; i++) {
      assertTrue(pages.get(i).contains("Page" + (i + 1) + "of" + n), "page number on page " + (i + 1));
      assertTrue(pages.get(i).contains("example.org/duizhao/index.html"), "the edition's address on page " + (i + 1));
    }
    assertTrue(pages.get(1).contains(squeezed("Xi Jinping holds China–US summit meeting")), "running title");
    assertFalse(pages.get(0).contains(squeezed("Xi Jinping holds China–US summit meeting with US President Biden"
        + "Page1")), "no running title over the first page's own title");
  }

  @Test
  void theHandoutOpensWithTitleSourceAndDate() {
    String first = print("", A4).get(0);
    assertTrue(first.contains("习近平"), "the Chinese title");
    assertTrue(first.contains(squeezed("Xi Jinping Holds China–US Summit Meeting with US President Biden")));
    assertTrue(first.contains(squeezed("Xinhua News Agency (Xinhuanet), 2023-11-16")));
    assertTrue(first.contains("¶1"));
  }

  @Test
  void theBilingualHandoutEndsWithTheTranslatorsNotesAndTheNumberedGlossary() {
    String all = String.join("", print("", A4));
    assertTrue(all.contains(squeezed("Translator’s notes")));
    assertTrue(all.contains("Glossary"));
    assertTrue(all.contains("G1习近平"), "glossary note G1 is the first term of the text");
    assertTrue(all.contains("Inthetextonlywithin"), "a term found only inside longer ones says which: " + all);
    assertTrue(all.indexOf("Glossary") > all.indexOf(squeezed("Translator’s notes")));
    assertTrue(all.contains("PILLAR1") && all.contains("PILLAR5"), "pillars are marked");
    assertFalse(all.contains("Interleaved") || all.contains("Copylink") || all.contains("Howtocite"),
        "no controls, menus or web-only sections");
  }

  @Test
  void onLetterPaperTooEveryPageIsNumbered() {
    List<String> pages = print("", LETTER);
    // The eight-page target is for A4; Letter (18 mm shorter, 6 mm wider) measures seven, as A4 does.
    assertTrue(pages.size() <= 8, "bilingual handout on Letter: " + pages.size() + " pages");
    assertTrue(pages.get(pages.size() - 1).contains("Page" + pages.size() + "of" + pages.size()));
  }

  @Test
  void englishOnlyFitsOnFourPagesWithItsNotesAndWithoutTheGlossary() {
    List<String> pages = print("?mode=en", A4);
    assertTrue(pages.size() <= 4, "English handout: " + pages.size() + " pages");
    String all = String.join("", pages);
    assertFalse(all.contains("习近平"), "no Chinese text");
    assertTrue(all.contains(squeezed("Translator’s notes")));
    assertFalse(all.contains("Glossary"), "the glossary's numbers stand in the Chinese, which is not printed");
  }

  @Test
  void chineseOnlyPrintsTheGlossaryAndNotTheTranslatorsNotes() {
    String all = String.join("", print("?mode=zh", A4));
    assertTrue(all.contains("习近平"));
    assertFalse(all.contains(squeezed("Xi Jinping pointed out")));
    assertTrue(all.contains("Glossary"));
    assertFalse(all.contains(squeezed("Translator’s notes")));
  }

  @Test
  void pinyinPrintsOnlyWhenItIsShown() {
    // The first page only: the glossary notes at the end print each term's pinyin in every mode.
    String withPinyin = print("?mode=zh", A4).get(0);
    String without = print("?mode=zh&pinyin=off", A4).get(0);
    assertTrue(withPinyin.contains("xí") || withPinyin.contains("Xí"), "pinyin over the Chinese");
    assertFalse(without.contains("Xí") || without.contains("jìn"), () -> "no pinyin over the text: " + without);
    assertEquals(-1, without.indexOf("zhǐchū"));
  }
}
