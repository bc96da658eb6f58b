package duizhao.diagnostic;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.Locale;

/**
 * One problem found in a content file, printed like a compiler message:
 *
 * <pre>
 * content/x/translation.en.md:41:1: error: paragraph 12 has 4 sentences in Chinese but 3 in English
 *   The United States side …
 *   ^
 * hint: split the English into one line per Chinese sentence
 * </pre>
 *
 * @param file path of the file as the user named it (never absolute unless they gave one)
 * @param line 1-based line, 0 when the problem concerns the whole file
 * @param column 1-based column in characters (code points), 0 when unknown
 * @param lineText the offending line, or empty
 * @param hint how to fix it, or empty
 */
public record Diagnostic(
    Severity severity, String file, int line, int column, String message, String lineText, String hint) {

  /** How bad a diagnostic is. */
  public enum Severity {
    ERROR,
    WARNING;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final int EXCERPT_RADIUS = 24;

  public Diagnostic {
    file = printable(file);
    message = printable(message);
    lineText = printable(lineText == null ? "" : lineText);
    hint = printable(hint == null ? "" : hint);
  }

  /**
   * Content is quoted in messages, and content may hold terminal escape sequences or bidirectional overrides that
   * would rewrite what the editor sees: each such character is shown as U+FFFD.
   */
  static String printable(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean hidden = Character.getType(c) == Character.CONTROL && c != '\t'
          || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
      if (hidden && out == null) {
        out = new StringBuilder(text.substring(0, i));
      }
      if (out != null) {
        out.append(hidden ? '\uFFFD' : c);
      }
    }
    return out == null ? text : out.toString();
  }

  public static Diagnostic error(String file, int line, int column, String message, String lineText, String hint) {
    return new Diagnostic(Severity.ERROR, file, line, column, message, lineText, hint);
  }

  public static Diagnostic warning(String file, int line, int column, String message, String lineText, String hint) {
    return new Diagnostic(Severity.WARNING, file, line, column, message, lineText, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The first line only: {@code file:line:col: error: message}. */
  public String headline() {
    StringBuilder out = new StringBuilder(file);
    if (line > 0) {
      out.append(':').append(line).append(':').append(Math.max(column, 1));
    }
    return out.append(": ").append(severity.label()).append(": ").append(message).toString();
  }

  /** The full message: headline, the line with a caret under the column, and the hint. */
  public String format() {
    StringBuilder out = new StringBuilder(headline());
    if (!lineText.isEmpty()) {
      int[] cps = lineText.codePoints().toArray();
      int caretAt = Math.max(0, Math.min(column - 1, cps.length));
      int from = Math.max(0, caretAt - EXCERPT_RADIUS);
      int to = Math.min(cps.length, caretAt + EXCERPT_RADIUS);
      String prefix = from > 0 ? "…" : "";
      String excerpt = prefix + new String(cps, from, to - from) + (to < cps.length ? "…" : "");
      out.append("\n  ").append(excerpt);
      if (column > 0) {
        out.append("\n  ").append(" ".repeat(displayWidth(prefix) + displayWidth(cps, from, caretAt))).append('^');
      }
    }
    if (!hint.isEmpty()) {
      out.append("\nhint: ").append(hint);
    }
    return out.toString();
  }

  private static int displayWidth(String text) {
    int[] cps = text.codePoints().toArray();
    return displayWidth(cps, 0, cps.length);
  }

  /** Terminal columns: wide and full-width characters (all Han) take two, so the caret lands under them. */
  private static int displayWidth(int[] cps, int from, int to) {
    int width = 0;
    for (int i = from; i < to; i++) {
      int eaw = UCharacter.getIntPropertyValue(cps[i], UProperty.EAST_ASIAN_WIDTH);
      width += (eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH) ? 2 : 1;
    }
    return width;
  }

  @Override
  public String toString() {
    return format();
  }
}
