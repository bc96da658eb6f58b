package duizhao.view;

import java.util.List;

/**
 * The changelog section: the corrections declared in {@code errata.md}, newest first.
 *
 * @param version the edition's current version
 */
public record ChangelogView(String version, List<Entry> entries) {
  public ChangelogView {
    entries = List.copyOf(entries);
  }

  /** One correction; {@code changeHtml} and {@code reasonHtml} come from the audited Markdown renderer. */
  public record Entry(String version, String date, List<AnchorLink> anchors, String changeHtml, String reasonHtml) {
    public Entry {
      anchors = List.copyOf(anchors);
    }
  }

  /** An anchor a correction touched; {@code href} is null when the anchor no longer exists. */
  public record AnchorLink(String id, String href) {}
}
