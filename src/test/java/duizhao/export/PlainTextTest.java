package duizhao.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import duizhao.markdown.Markdown;
import duizhao.model.EditionContent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextTest {
  private final Markdown markdown = Markdown.create();

  @Test
  void dropsNoteReferencesAndMarkupAndCollapsesSpaces() {
    PlainText plain = new PlainText(markdown);
    assertEquals("abide by the Charter of the United Nations, and", plain.of(
        "abide by the *Charter of the United Nations*[^keshou], and"));
    assertEquals("On 15 November local time, President Xi",
        plain.of("On 15 November local time[^dateline],  President Xi"));
    assertEquals("AT&T said \"no\"", plain.of("AT&amp;T said \"no\""));
    assertEquals("", plain.of(""));
  }

  /** The shortcut for lines without markup must give what Markdown gives, for every line and note of the edition. */
  @Test
  void literalLinesGiveWhatMarkdownGivesForTheWholeEdition() {
    EditionContent content = BuiltEdition.content();
    List<String> texts = new ArrayList<>();
    content.translation().blocks().values().forEach(b -> b.lines().forEach(l -> texts.add(l.markdown())));
    content.translation().notes().values().forEach(n -> texts.add(n.markdown()));
    content.glossary().entries().forEach(e -> texts.add(e.noteMarkdown()));
    PlainText plain = new PlainText(markdown);
    for (String text : texts) {
      String withoutNotes = text.replaceAll("\\[\\^[^\\]\\s]+\\]", "");
      assertEquals(plain.viaMarkdown(withoutNotes), plain.of(text), text);
    }
  }
}
