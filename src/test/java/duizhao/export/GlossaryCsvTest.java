package duizhao.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duizhao.model.EditionContent;
import duizhao.model.GlossaryEntry;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryCsvTest {
  @Test
  void startsWithAUtf8ByteOrderMarkAndEndsEveryRecordWithCrLf() {
    byte[] bytes = BuiltEdition.bytes("glossary.csv");
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.endsWith("\r\n"));
    assertEquals(text.split("\n", -1).length - 1, text.split("\r\n", -1).length - 1, "every LF is part of a CRLF");
  }

  @Test
  void readsBackAsOneRecordPerGlossaryEntryMatchingTheModel() {
    EditionContent content = BuiltEdition.content();
    String text = BuiltEdition.text("glossary.csv").substring(GlossaryCsv.BOM.length());
    List<List<String>> records = DelimitedReader.read(text, ',');

    assertEquals(GlossaryCsv.HEADER, records.get(0));
    List<GlossaryEntry> entries = content.glossary().entries();
    assertEquals(entries.size(), records.size() - 1);
    for (int i = 0; i < entries.size(); i++) {
      GlossaryEntry e = entries.get(i);
      List<String> r = records.get(i + 1);
      String pinyin = content.termPinyin().getOrDefault(e.id(), e.pinyin());
      String variants = String.join(" | ", e.forms().subList(1, e.forms().size()));
      assertEquals(List.of(e.id(), e.zh(), variants, pinyin, e.en(), e.official(), e.category(),
          String.join(" ", e.related()), EditionTsvTest.expectedEnglish(e.noteMarkdown())), r.subList(0, 9), e.id());
      assertTrue(r.get(9).matches("(title|¶\\d+)(, ¶\\d+)*"), e.id() + " occurs in " + r.get(9));
    }
  }

  @Test
  void quotesFieldsWithCommasQuotesAndLineBreaksAsRfc4180Says() {
    List<String> fields = List.of("plain", "a, b", "say \"hi\"", "two\nlines");
    StringBuilder line = new StringBuilder();
    fields.forEach(f -> line.append(line.length() == 0 ? "" : ",").append(
        org.apache.commons.text.StringEscapeUtils.escapeCsv(f)));
    assertEquals("plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\"", line.toString());
    assertEquals(List.of(fields), DelimitedReader.read(line + "\r\n", ','));
  }
}
