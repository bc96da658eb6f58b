package duizhao.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import duizhao.diagnostic.ContentException;
import duizhao.diagnostic.Diagnostic;
import duizhao.markdown.Markdown;
import duizhao.model.Glossary;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryParserTest {
  private static final String HEAD = "---\nversion: 1.0.0\nlicence: CC BY 4.0\n---\n\n";
  private final GlossaryParser parser = new GlossaryParser(Markdown.create());

  private static String entry(String id, String zh) {
    return "## " + id + "\n\n- zh: " + zh + "\n- en: English\n- category: term\n\nA note.\n\n";
  }

  private List<String> errors(String text) {
    ContentException e = assertThrows(ContentException.class, () -> parser.parse("g.md", text));
    return e.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::headline).toList();
  }

  @Test
  void readsEveryFieldOfAnEntry() throws ContentException {
    Glossary g = parser.parse("g.md", HEAD + "## term-he-ping\n\n- zh: 和平\n- variants: 和平共处 | 和平地\n"
        + "- en: peace\n- official: peace (Xinhua)\n- category: term\n- related: term-b\n- pinyin: hépíng\n\n"
        + "Peace, *the* word.\n\n" + entry("term-b", "乙"));
    assertEquals(2, g.entries().size());
    var e = g.entries().get(0);
    assertEquals(List.of("和平", "和平共处", "和平地"), e.forms());
    assertEquals("peace (Xinhua)", e.official());
    assertEquals(List.of("term-b"), e.related());
    assertEquals("hépíng", e.pinyin());
    assertEquals("Peace, *the* word.", e.noteMarkdown());
    assertEquals(6, e.location().line());
  }

  @Test
  void duplicateIdNamesBothLines() {
    assertEquals(List.of("g.md:14:4: error: duplicate glossary id term-a (also on line 6)"),
        errors(HEAD + entry("term-a", "甲") + entry("term-a", "乙")));
  }

  @Test
  void duplicateFormNamesBothEntries() {
    assertEquals(List.of("g.md:16:1: error: the form 甲 of term-b is already an entry: term-a (line 6)"),
        errors(HEAD + entry("term-a", "甲") + entry("term-b", "甲")));
  }

  @Test
  void emptyFieldsAndUnknownCategoryAreReportedTogether() {
    String text = HEAD + "## term-a\n\n- zh: 甲\n- en:\n- category: slogan\n\nNote.\n\n## term-b\n\n- zh: 乙\n"
        + "- en: b\n- category: term\n";
    assertEquals(List.of("g.md:9:1: error: entry term-a has no en",
        "g.md:10:1: error: unknown category 'slogan' in entry term-a",
        "g.md:14:1: error: entry term-b has no note"), errors(text));
  }

  @Test
  void relatedIdMustExist() {
    String text = HEAD + "## term-a\n\n- zh: 甲\n- en: a\n- category: term\n- related: term-zzz\n\nNote.\n";
    assertEquals(List.of("g.md:11:1: error: entry term-a relates to term-zzz, which is not in the glossary"),
        errors(text));
  }

  @Test
  void idMustBeTermSlug() {
    assertEquals(List.of("g.md:6:4: error: glossary id 'Peace' is not of the form term-…"),
        errors(HEAD + entry("Peace", "和平")));
  }

  @Test
  void unknownFieldIsAnError() {
    String text = HEAD + "## term-a\n\n- zh: 甲\n- en: a\n- category: term\n- colour: red\n\nNote.\n";
    assertEquals(List.of("g.md:11:3: error: unknown glossary field 'colour' in entry term-a"), errors(text));
  }
}
