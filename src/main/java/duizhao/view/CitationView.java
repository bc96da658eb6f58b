package duizhao.view;

import java.util.List;

/**
 * A citation as the page prints it: parts in order, the plain text for the clipboard.
 *
 * @param id the style's key ({@code chicago}), used by the copy buttons
 */
public record CitationView(String id, String label, List<Part> parts, String text) {
  public CitationView {
    parts = List.copyOf(parts);
  }

  /**
   * @param kind {@code text}, {@code i} (a title in italics), {@code loc} (the locator) or {@code url}
   * @param paragraphForm in the cite menu, the locator or URL of any paragraph, with {@code {p}} for its number;
   *     null if none
   * @param sentenceForm the locator or URL for a single sentence, with {@code {n}} for its number (and {@code {p}}
   *     in the cite menu); null if none
   * @param relative true for a URL relative to the site root, which the page resolves against its own address
   */
  public record Part(String kind, String text, String paragraphForm, String sentenceForm, boolean relative) {}
}
