package duizhao.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duizhao.model.EditionContent;
import duizhao.model.Paragraph;
import duizhao.model.Translation;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EditionTextTest {
  @Test
  void readsBackAsTitleSourceLineAndEveryParagraphInChineseAndEnglish() {
    EditionContent content = BuiltEdition.content();
    String text = BuiltEdition.text("edition.txt");
    assertTrue(text.endsWith(".\n") && !text.contains("\r") && !text.contains("\n\n\n"));
    List<String[]> blocks = java.util.Arrays.stream(text.strip().split("\n\n")).map(b -> b.split("\n")).toList();
    List<Paragraph> paragraphs = content.article().paragraphs();
    assertEquals(2 + paragraphs.size() + 1, blocks.size());

    assertEquals(List.of(content.article().title(), english(content, "title")), List.of(blocks.get(0)));
    assertEquals(List.of(content.article().sourceLine().text(), english(content, "source")), List.of(blocks.get(1)));
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      String zh = (p.dateline() == null ? "" : p.dateline() + " ") + p.zh();
      String en = (p.dateline() == null ? "" : english(content, "dateline") + " ")
          + content.translation().blocks().get(p.id()).lines().stream()
              .map(l -> EditionTsvTest.expectedEnglish(l.markdown())).collect(Collectors.joining(" "));
      assertEquals(List.of("¶" + p.number(), zh, en), List.of(blocks.get(2 + i)), "paragraph " + p.number());
    }
    String[] colophon = blocks.get(blocks.size() - 1);
    assertEquals("---", colophon[0]);
    assertTrue(colophon[1].startsWith(content.meta().id() + ", version " + content.meta().version()));
    assertEquals(content.meta().licenceSource() + ".", colophon[2]);
    assertEquals(content.meta().licenceTranslation() + ".", colophon[3]);
  }

  private static String english(EditionContent content, String key) {
    Translation.Block b = content.translation().blocks().get(key);
    return EditionTsvTest.expectedEnglish(b.lines().get(0).markdown());
  }
}
