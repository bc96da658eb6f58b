package duizhao.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One declared correction to a published edition, from its {@code errata.md}.
 *
 * @param version the edition version that carries the correction
 * @param anchors the published anchors whose text it changes or removes; empty when it changes none
 * @param changeMarkdown what changed, inline Markdown
 * @param reasonMarkdown why, inline Markdown
 */
public record Erratum(String version, LocalDate date, List<String> anchors, String changeMarkdown,
    String reasonMarkdown, SourceLocation location) {
  public Erratum {
    anchors = List.copyOf(anchors);
  }
}
