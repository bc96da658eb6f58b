package duizhao.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The live-reload script and its one {@code <script>} tag, added to HTML as it is served (never to the built site).
 * The tag loads the script from the same origin, which the pages' Content-Security-Policy ({@code script-src 'self'})
 * allows; the script needs no inline code.
 */
final class ReloadScript {
  static final String PATH = "/__duizhao/reload.js";
  static final byte[] SOURCE = load();

  private ReloadScript() {}

  /** The page with the script tag before {@code </head>} (or {@code </body>}, or at the end). */
  static String inject(String html, long generation) {
    String tag = "<script src=\"" + PATH + "\" data-generation=\"" + generation + "\" defer></script>\n";
    int at = indexOfIgnoringCase(html, "</head>");
    if (at < 0) {
      at = indexOfIgnoringCase(html, "</body>");
    }
    return at < 0 ? html + tag : html.substring(0, at) + tag + html.substring(at);
  }

  private static int indexOfIgnoringCase(String text, String ascii) {
    for (int i = 0; i + ascii.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, ascii, 0, ascii.length())) {
        return i;
      }
    }
    return -1;
  }

  private static byte[] load() {
    try (InputStream in = ReloadScript.class.getResourceAsStream("reload.js")) {
      if (in == null) {
        throw new IllegalStateException("reload.js is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
