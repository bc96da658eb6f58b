package duizhao.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationStyleTest {
  static final CitedWork WORK = new CitedWork("xinhua-test", "Xinhua News Agency", "Xinhuanet", "习近平同美国总统拜登举行中美元首会晤",
      "Xi Jinping holds China–US summit meeting with US President Biden",
      "Xi Jinping Holds China–US Summit Meeting with US President Biden", LocalDate.of(2023, 11, 16),
      "http://www.news.cn/", "duizhao editors", "1.0.0", "CC BY 4.0", "https://example.org/zh/index.html", true);

  @Test
  void chicagoCitesAParagraphWithItsAnchoredUrl() {
    assertEquals("Xinhua News Agency. “习近平同美国总统拜登举行中美元首会晤” [Xi Jinping holds China–US summit meeting with US President"
        + " Biden]. Xinhuanet, November 16, 2023. Translated by duizhao editors. duizhao bilingual reading edition,"
        + " version 1.0.0, para. 12, https://example.org/zh/index.html#p12.",
        CitationStyle.CHICAGO.format(WORK, Locator.paragraph(12)).text());
  }

  @Test
  void apaPutsTranslatorAndLocatorInTheParenthesisAndItalicisesTheTitle() {
    Citation apa = CitationStyle.APA.format(WORK, Locator.paragraph(12));
    assertEquals("Xinhua News Agency. (2023, November 16). 习近平同美国总统拜登举行中美元首会晤 [Xi Jinping holds China–US summit"
        + " meeting with US President Biden] (duizhao editors, Trans.; duizhao bilingual reading edition, version 1.0.0,"
        + " para. 12). Xinhuanet. https://example.org/zh/index.html#p12", apa.text());
    assertEquals(new Citation.Part(Citation.Kind.ITALIC, "习近平同美国总统拜登举行中美元首会晤", null), apa.parts().get(1));
  }

  @Test
  void mlaUsesHeadlineCaseAndAbbreviatedMonth() {
    assertEquals("Xinhua News Agency. “习近平同美国总统拜登举行中美元首会晤 [Xi Jinping Holds China–US Summit Meeting with US President"
        + " Biden].” Translated by duizhao editors, Xinhuanet, 16 Nov. 2023. duizhao bilingual reading edition, version"
        + " 1.0.0, par. 12, https://example.org/zh/index.html#p12.",
        CitationStyle.MLA.format(WORK, Locator.paragraph(12)).text());
  }

  @Test
  void locatorAndUrlCarryTheirSingleSentenceForm() {
    List<Citation.Part> parts = CitationStyle.CHICAGO.format(WORK, Locator.paragraph(12)).parts();
    Citation.Part locator = parts.stream().filter(p -> p.kind() == Citation.Kind.LOCATOR).findFirst().orElseThrow();
    Citation.Part url = parts.stream().filter(p -> p.kind() == Citation.Kind.URL).findFirst().orElseThrow();
    assertEquals("para. 12, sentence {n}", locator.sentenceForm());
    assertEquals("https://example.org/zh/index.html#p12-s{n}", url.sentenceForm());
  }

  @Test
  void aSentenceLocatorNamesParagraphAndSentence() {
    assertEquals("Xinhua News Agency. (2023, November 16). 习近平同美国总统拜登举行中美元首会晤 [Xi Jinping holds China–US summit"
        + " meeting with US President Biden] (duizhao editors, Trans.; duizhao bilingual reading edition, version 1.0.0,"
        + " para. 12, sentence 3). Xinhuanet. https://example.org/zh/index.html#p12-s3",
        CitationStyle.APA.format(WORK, new Locator("12", "3")).text());
  }

  @Test
  void theWholeEditionHasNoLocatorAndThePageUrl() {
    Citation chicago = CitationStyle.CHICAGO.format(WORK, null);
    assertEquals("Xinhua News Agency. “习近平同美国总统拜登举行中美元首会晤” [Xi Jinping holds China–US summit meeting with US President"
        + " Biden]. Xinhuanet, November 16, 2023. Translated by duizhao editors. duizhao bilingual reading edition,"
        + " version 1.0.0, https://example.org/zh/index.html.", chicago.text());
    assertNull(chicago.parts().get(chicago.parts().size() - 2).sentenceForm());
  }

  @Test
  void mlaAbbreviatesLongMonthsOnly() {
    assertEquals("Xinhua News Agency. “t [h].” Translated by x, s, 3 May 2024. duizhao bilingual reading edition,"
        + " version 1, index.html.", CitationStyle.MLA.format(new CitedWork("i", "Xinhua News Agency", "s", "t", "e",
            "h", LocalDate.of(2024, 5, 3), "u", "x", "1", "l", "index.html", false), null).text());
    assertEquals("Sept.", CitationStyle.MLA.format(new CitedWork("i", "a", "s", "t", "e", "h", LocalDate.of(2024, 9, 3),
        "u", "x", "1", "l", "index.html", false), null).text().split(" ")[8]);
  }
}
