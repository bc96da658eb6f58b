package duizhao.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecordsTest {
  @Test
  void bibtexIsAMiscRecordWithProtectedTitleAndUrl() {
    assertEquals("""
        @misc{xinhua-test,
          author       = {{Xinhua News Agency}},
          title        = {{习近平同美国总统拜登举行中美元首会晤 [Xi Jinping holds China–US summit meeting with US President Biden]}},
          howpublished = {Xinhuanet},
          year         = {2023},
          month        = nov,
          date         = {2023-11-16},
          language     = {Chinese},
          translator   = {{duizhao editors}},
          edition      = {duizhao bilingual reading edition, version 1.0.0},
          note         = {Chinese text with pinyin and an English translation by duizhao editors. CC BY 4.0},
          url          = {https://example.org/zh/index.html}
        }
        """, BibTex.of(CitationStyleTest.WORK));
  }

  @Test
  void bibtexEscapesTexSpecials() {
    assertEquals("50\\% \\& \\{x\\} \\textasciitilde{}", BibTex.escape("50% & {x} ~"));
  }

  @Test
  void risIsANewsRecordWithCrLfLineEnds() {
    String ris = Ris.of(CitationStyleTest.WORK);
    assertTrue(ris.startsWith("TY  - NEWS\r\nAU  - Xinhua News Agency\r\nTI  - 习近平同美国总统拜登举行中美元首会晤\r\n"), ris);
    assertTrue(ris.contains("\r\nDA  - 2023/11/16\r\n"));
    assertTrue(ris.contains("\r\nA4  - duizhao editors\r\n"));
    assertTrue(ris.contains("\r\nUR  - https://example.org/zh/index.html\r\n"));
    assertTrue(ris.endsWith("\r\nER  - \r\n"));
    assertFalse(ris.replace("\r\n", "").contains("\n"));
  }

  @Test
  void withoutBaseUrlNoRecordClaimsAUrl() {
    CitedWork local = new CitedWork("i", "a", "s", "t", "e", "h", LocalDate.of(2023, 11, 16), "u", "x", "1", "l",
        "index.html", false);
    assertFalse(BibTex.of(local).contains("url"));
    assertFalse(Ris.of(local).contains("UR  -"));
  }
}
