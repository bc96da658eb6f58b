package duizhao.cite;

import java.util.List;

/**
 * A formatted citation as a run of parts, so a page can print italics and mark the locator and URL, which it
 * updates when the reader cites a single sentence.
 */
public record Citation(CitationStyle style, List<Part> parts) {
  public Citation {
    parts = List.copyOf(parts);
  }

  /** The citation as plain text, for the clipboard and for tests. */
  public String text() {
    StringBuilder s = new StringBuilder();
    parts.forEach(p -> s.append(p.text()));
    return s.toString();
  }

  /** What a part is: ordinary text, a title in italics, the locator, or the access URL. */
  public enum Kind { TEXT, ITALIC, LOCATOR, URL }

  /**
   * @param sentenceForm for the locator and URL of a paragraph citation, the same part for a single sentence with
   *     {@link Locator#SENTENCE_SLOT} in place of its number; else null
   */
  public record Part(Kind kind, String text, String sentenceForm) {
    static Part text(String text) {
      return new Part(Kind.TEXT, text, null);
    }

    static Part italic(String text) {
      return new Part(Kind.ITALIC, text, null);
    }
  }
}
