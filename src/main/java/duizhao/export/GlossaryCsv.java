package duizhao.export;

import duizhao.model.EditionContent;
import duizhao.model.GlossaryEntry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.text.StringEscapeUtils;

/**
 * {@code glossary.csv}: one row per glossary entry in file order, with a header row. RFC 4180: comma-separated, CRLF
 * line ends, a field quoted when it holds a comma, quote or line break. UTF-8 with a byte order mark, without which
 * Excel reads the Chinese as mojibake; LibreOffice, pandas ({@code encoding="utf-8-sig"}) and R read it as well.
 */
final class GlossaryCsv {
  static final List<String> HEADER = List.of("id", "zh", "variants", "pinyin", "en", "official", "category",
      "related", "note", "occurs_in");
  static final String BOM = "\uFEFF";

  byte[] of(EditionContent content, PlainText plain) {
    References references = References.of(content);
    StringBuilder out = new StringBuilder(BOM);
    row(out, HEADER);
    for (GlossaryEntry e : content.glossary().entries()) {
      row(out, List.of(e.id(), e.zh(), String.join(" | ", e.forms().subList(1, e.forms().size())),
          content.termPinyin().getOrDefault(e.id(), e.pinyin()), e.en(), e.official(), e.category(),
          String.join(" ", e.related()), plain.of(e.noteMarkdown()), references.of(e.id())));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void row(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(StringEscapeUtils.escapeCsv(fields.get(i)));
    }
    out.append("\r\n");
  }
}
