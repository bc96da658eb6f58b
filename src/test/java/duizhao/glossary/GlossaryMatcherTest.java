package duizhao.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import duizhao.model.GlossaryEntry;
import duizhao.model.SourceLocation;
import duizhao.model.TermOccurrence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GlossaryMatcherTest {
  private static GlossaryEntry entry(String id, String... forms) {
    return new GlossaryEntry(id, List.of(forms), "en", "", "term", List.of(), "", "note",
        SourceLocation.ofFile("g.md"));
  }

  private static Map<String, String> units(String... idAndText) {
    Map<String, String> units = new LinkedHashMap<>();
    for (int i = 0; i < idAndText.length; i += 2) {
      units.put(idAndText[i], idAndText[i + 1]);
    }
    return units;
  }

  @Test
  void findsTermsInsideLongerTerms() {
    var matcher = new GlossaryMatcher(List.of(entry("term-three", "相互尊重、和平共处、合作共赢"),
        entry("term-gongchu", "和平共处"), entry("term-zunzhong", "相互尊重")));
    List<TermOccurrence> found = matcher.match(units("p5-s1", "习近平指出，相互尊重、和平共处、合作共赢，这"));
    assertEquals(List.of(new TermOccurrence("term-three", "p5-s1", 6, 20),
        new TermOccurrence("term-zunzhong", "p5-s1", 6, 10),
        new TermOccurrence("term-gongchu", "p5-s1", 11, 15)), found);
    assertEquals(List.of(new TermOccurrence("term-three", "p5-s1", 6, 20)), GlossaryMatcher.primary(found));
  }

  @Test
  void longestMatchWinsWhereTermsOverlap() {
    var matcher = new GlossaryMatcher(List.of(entry("term-a", "中美元首"), entry("term-b", "元首会晤"),
        entry("term-c", "中美元首会晤")));
    List<TermOccurrence> found = matcher.match(units("title", "举行中美元首会晤"));
    assertEquals(List.of(new TermOccurrence("term-c", "title", 2, 8)), GlossaryMatcher.primary(found));
    assertEquals(3, found.size());
  }

  @Test
  void matchesVariantsAndEveryRepeat() {
    var matcher = new GlossaryMatcher(List.of(entry("term-cop", "联合国气候变化迪拜大会", "COP28")));
    List<TermOccurrence> found = matcher.match(units("s1", "联合国气候变化迪拜大会（COP28）", "s2", "COP28和COP28"));
    assertEquals(List.of(new TermOccurrence("term-cop", "s1", 0, 11), new TermOccurrence("term-cop", "s1", 12, 17),
        new TermOccurrence("term-cop", "s2", 0, 5), new TermOccurrence("term-cop", "s2", 6, 11)), found);
  }
}
