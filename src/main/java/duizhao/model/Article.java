package duizhao.model;

import java.util.List;

/**
 * A readout as loaded from its source text: title, optional source line, and body paragraphs.
 *
 * @param sourceLine null when the text has none
 * @param sha256 hex digest of the source file's bytes, as received
 */
public record Article(
    String title,
    SourceLocation titleLocation,
    SourceLine sourceLine,
    List<Paragraph> paragraphs,
    List<Repair> repairs,
    String sha256) {
  public Article {
    paragraphs = List.copyOf(paragraphs);
    repairs = List.copyOf(repairs);
  }

  public List<Paragraph> pillars() {
    return paragraphs.stream().filter(p -> p.pillar() != null).toList();
  }

  public List<Sentence> sentences() {
    return paragraphs.stream().flatMap(p -> p.sentences().stream()).toList();
  }

  /** The dateline, which opens the first paragraph when the text has one. */
  public String dateline() {
    return paragraphs.isEmpty() ? null : paragraphs.get(0).dateline();
  }
}
