package duizhao.markdown;

import com.vladsch.flexmark.util.ast.Document;
import java.util.Arrays;

/**
 * A parsed Markdown content file: its name for diagnostics, its lines for quoting, its flexmark document.
 *
 * @param lineStarts the offset at which each line starts, so that finding an offset's line is a binary search
 *     (flexmark's own {@code getLineNumber} scans from the start, which made loading a long file quadratic)
 */
public record MarkdownFile(String file, String[] lines, Document document, int[] lineStarts) {
  public MarkdownFile(String file, String[] lines, Document document) {
    this(file, lines, document, starts(lines));
  }

  /** The text of a 1-based line, or empty. */
  public String line(int number) {
    return number >= 1 && number <= lines.length ? lines[number - 1] : "";
  }

  /** The 1-based line holding a character offset of the document. */
  public int lineOf(int offset) {
    int at = Arrays.binarySearch(lineStarts, offset);
    return at >= 0 ? at + 1 : -at - 1;
  }

  private static int[] starts(String[] lines) {
    int[] starts = new int[lines.length];
    int offset = 0;
    for (int i = 0; i < lines.length; i++) {
      starts[i] = offset;
      offset += lines[i].length() + 1;
    }
    return starts;
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
