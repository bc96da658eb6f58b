package duizhao.export;

import java.util.ArrayList;
import java.util.List;

/**
 * An independent RFC 4180 reader for the tests (any delimiter): quoted fields may hold delimiters, quotes doubled
 * and line breaks; records end at CRLF or LF.
 */
final class DelimitedReader {
  private DelimitedReader() {}

  static List<List<String>> read(String text, char delimiter) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean atFieldStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && atFieldStart) {
        quoted = true;
        atFieldStart = false;
      } else if (c == delimiter) {
        record.add(field.toString());
        field.setLength(0);
        atFieldStart = true;
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue;
      } else if (c == '\n') {
        record.add(field.toString());
        records.add(record);
        record = new ArrayList<>();
        field.setLength(0);
        atFieldStart = true;
      } else {
        field.append(c);
        atFieldStart = false;
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("unterminated quoted field");
    }
    if (field.length() > 0 || !record.isEmpty()) {
      throw new IllegalArgumentException("the last record has no line end");
    }
    return records;
  }
}
