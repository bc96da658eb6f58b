package duizhao.export;

import java.util.List;

/**
 * Tab-separated rows, LF line ends. A cell never holds a raw tab or line break: backslash, tab, line feed and carriage
 * return are written {@code \\}, {@code \t}, {@code \n}, {@code \r} (the convention of PostgreSQL's text format and
 * of "linear TSV"), so every line is one row and a naive split on tabs is correct.
 */
final class Tsv {
  private final StringBuilder out = new StringBuilder();

  Tsv row(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append('\t');
      }
      out.append(escape(cells.get(i)));
    }
    out.append('\n');
    return this;
  }

  /** A line written as is: a comment or header line that is not a row. */
  Tsv line(String text) {
    out.append(text).append('\n');
    return this;
  }

  static String escape(String cell) {
    StringBuilder s = new StringBuilder(cell.length());
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      switch (c) {
        case '\\' -> s.append("\\\\");
        case '\t' -> s.append("\\t");
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        default -> s.append(c);
      }
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
