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
}
