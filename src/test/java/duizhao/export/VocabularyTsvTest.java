package duizhao.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duizhao.model.EditionContent;
import duizhao.model.GlossaryEntry;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VocabularyTsvTest {
  @Test
  void opensWithTheFileHeadersAnkiReads() {
    List<String> lines = BuiltEdition.text("vocabulary.tsv").lines().limit(5).toList();
    assertEquals(List.of("#separator:tab", "#html:false", "#tags:duizhao " + BuiltEdition.content().meta().id(),
        "#columns:Chinese\tPinyin\tEnglish\tReference\tGUID", "#guid column:5"), lines);
  }

  @Test
  void readsBackAsOneNotePerGlossaryEntryWithItsParagraphsAndAStableGuid() {
    EditionContent content = BuiltEdition.content();
    String body = BuiltEdition.text("vocabulary.tsv").lines().filter(l -> !l.startsWith("#"))
        .collect(Collectors.joining("\n", "", "\n"));
    List<List<String>> notes = DelimitedReader.read(body, '\t');
    List<GlossaryEntry> entries = content.glossary().entries();
    assertEquals(entries.size(), notes.size());
    Map<String, List<String>> paragraphsByTerm = content.occurrences().stream().collect(Collectors.groupingBy(
        o -> o.termId(), Collectors.mapping(o -> EditionContent.unitParagraphs(content.article()).get(o.unit()),
            Collectors.toList())));
    for (int i = 0; i < entries.size(); i++) {
      GlossaryEntry e = entries.get(i);
      List<String> note = notes.get(i);
      String pinyin = content.termPinyin().getOrDefault(e.id(), e.pinyin());
      assertEquals(List.of(e.zh(), pinyin, e.en()), note.subList(0, 3), e.id());
      List<String> expected = paragraphsByTerm.get(e.id()).stream().distinct()
          .map(p -> p.startsWith("p") ? "¶" + p.substring(1) : p).toList();
      assertEquals(String.join(", ", expected), note.get(3), e.id());
      assertEquals("duizhao:" + content.meta().id() + ":" + e.id(), note.get(4));
    }
    assertEquals(notes.size(), new HashSet<>(notes.stream().map(n -> n.get(4)).toList()).size(), "GUIDs are unique");
  }

  @Test
  void quotesAFieldOnlyWhenItHoldsATabAQuoteOrALineBreak() {
    assertEquals("plain, with comma", VocabularyTsv.quoted("plain, with comma"));
    assertEquals("\"\"\"Taiwan independence\"\"\"", VocabularyTsv.quoted("\"Taiwan independence\""));
    assertEquals("\"a\tb\"", VocabularyTsv.quoted("a\tb"));
    assertTrue(DelimitedReader.read(VocabularyTsv.quoted("\"x\"") + "\n", '\t').get(0).get(0).equals("\"x\""));
  }
}
