package duizhao.model;

import java.util.List;

/**
 * One body paragraph, numbered in source order.
 *
 * @param pillar the ordinal of the numbered point it opens with (一是 → 1), or null
 * @param dateline the wire-service dateline it opens with (新华社旧金山11月15日电), or null; not part of any sentence
 */
public record Paragraph(int number, Integer pillar, String dateline, List<Sentence> sentences, SourceLocation location) {
  public Paragraph {
    sentences = List.copyOf(sentences);
  }

  public String id() {
    return "p" + number;
  }

  public String pillarId() {
    return pillar == null ? null : "pillar-" + pillar;
  }

  /** The paragraph's Chinese as published, without the dateline. */
  public String zh() {
    StringBuilder text = new StringBuilder();
    sentences.forEach(s -> text.append(s.zh()));
    return text.toString();
  }
}
