package duizhao.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ExportLinksTest {
  @Test
  void aboutSectionLinksToEveryPublishedDataFile() {
    Document page = Jsoup.parse(BuiltEdition.text("index.html"));
    List<String> links = page.select("section.about ul.data-files a[href]").eachAttr("href");

    List<String> expected = new java.util.ArrayList<>(List.of("edition.json"));
    expected.addAll(Exports.FILES);
    expected.addAll(List.of("edition.bib", "edition.ris"));
    assertEquals(expected, links);
    links.forEach(BuiltEdition::bytes);
  }
}
