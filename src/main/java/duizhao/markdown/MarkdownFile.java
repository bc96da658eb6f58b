package duizhao.markdown;

import com.vladsch.flexmark.util.ast.Document;

/** A parsed Markdown content file: its name for diagnostics, its lines for quoting, its flexmark document. */
public record MarkdownFile(String file, String[] lines, Document document) {
  /** The text of a 1-based line, or empty. */
  public String line(int number) {
    return number >= 1 && number <= lines.length ? lines[number - 1] : "";
  }

  /** The 1-based line holding a character offset of the document. */
  public int lineOf(int offset) {
    return document.getLineNumber(offset) + 1;
  }

  /** The 1-based column, in code points, of a character offset of the document. */
  public int columnOf(int offset) {
    int line = lineOf(offset);
    int start = 0;
    for (int i = 0; i < line - 1 && i < lines.length; i++) {
      start += lines[i].length() + 1;
    }
    String text = line(line);
    int within = Math.max(0, Math.min(offset - start, text.length()));
    return text.codePointCount(0, within) + 1;
  }
}
