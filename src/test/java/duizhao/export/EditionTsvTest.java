package duizhao.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import duizhao.model.Annotation;
import duizhao.model.EditionContent;
import duizhao.model.Paragraph;
import duizhao.model.Sentence;
import duizhao.model.Token;
import duizhao.model.Translation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditionTsvTest {
  @Test
  void readsBackAsOneRowPerTextUnitMatchingTheModel() {
    EditionContent content = BuiltEdition.content();
    List<List<String>> rows = parse(BuiltEdition.text("edition.tsv"));

    assertEquals(EditionTsv.HEADER, rows.get(0));
    List<String> expectedIds = new ArrayList<>(List.of("title", "source", "dateline"));
    content.article().sentences().forEach(s -> expectedIds.add(s.id()));
    assertEquals(expectedIds, rows.stream().skip(1).map(r -> r.get(0)).toList());
    Annotation annotation = content.annotation();
    assertEquals(List.of("title", content.article().title(), PinyinLine.of(annotation == null ? null
        : annotation.title()), expectedEnglish(line(content, "title")), ""), rows.get(1));
    assertEquals(content.article().dateline(), rows.get(3).get(1));

    int row = 4;
    for (Paragraph p : content.article().paragraphs()) {
      Translation.Block block = content.translation().blocks().get(p.id());
      for (Sentence s : p.sentences()) {
        Translation.Line line = block.lines().get(s.number() - 1);
        String speaker = line.speaker() != null ? line.speaker() : block.speaker();
        String pinyin = PinyinLine.of(annotation == null ? null : annotation.sentences().get(s.id()));
        assertEquals(List.of(s.id(), s.zh(), pinyin, expectedEnglish(line.markdown()), speaker), rows.get(row++),
            "row of " + s.id());
      }
    }
  }

  @Test
  void everyRowHasFiveCellsAndNoRawControlCharacters() {
    String tsv = BuiltEdition.text("edition.tsv");
    assertFalse(tsv.contains("\r"));
    for (String line : tsv.split("\n")) {
      assertEquals(5, line.split("\t", -1).length, line);
    }
  }

  @Test
  void escapesTabsLineBreaksAndBackslashesSoThatTheyReadBack() {
    List<String> cells = List.of("a\tb", "line\nbreak\r", "back\\slash", "\\t is not a tab", "");
    String tsv = new Tsv().row(cells).toString();

    assertEquals(1, tsv.split("\n").length);
    assertEquals(List.of(cells), parse(tsv));
  }

  @Test
  void pinyinJoinsWordsWithSpacesKeepsNumbersAndDropsPunctuation() {
    List<Token> tokens = List.of(token("中美", "Zhōng-Měi"), token("关系", "guānxì"), token("，", ""),
        token("50", ""), token("年", "nián"), token("。", ""));

    assertEquals("Zhōng-Měi guānxì 50 nián", PinyinLine.of(tokens));
    assertEquals("", PinyinLine.of(null));
  }

  /** The reading rule of docs/DATA.md: split on tabs, then undo the four backslash escapes. */
  static List<List<String>> parse(String tsv) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : tsv.split("\n")) {
      rows.add(Arrays.stream(line.split("\t", -1)).map(EditionTsvTest::unescape).toList());
    }
    return rows;
  }

  private static String unescape(String cell) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '\\' && i + 1 < cell.length()) {
        char next = cell.charAt(++i);
        out.append(switch (next) {
          case 't' -> '\t';
          case 'n' -> '\n';
          case 'r' -> '\r';
          case '\\' -> '\\';
          default -> throw new IllegalArgumentException("unknown escape \\" + next);
        });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The English as plain text: note references and emphasis marks gone (the only Markdown this content uses). */
  static String expectedEnglish(String markdown) {
    return markdown.replaceAll("\\[\\^[^\\]]+\\]", "").replace("*", "").replaceAll("\\s+", " ").strip();
  }

  private static String line(EditionContent content, String key) {
    return content.translation().blocks().get(key).lines().get(0).markdown();
  }

  private static Token token(String text, String pinyin) {
    return new Token(text, pinyin, List.of(), null, null);
  }
}
