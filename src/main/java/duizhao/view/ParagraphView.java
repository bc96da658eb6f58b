package duizhao.view;

import java.util.List;

/**
 * A body paragraph as printed, with its anchors and labels.
 *
 * @param pillar the pillar's ordinal, or null
 * @param pillarId {@code pillar-N} when the paragraph is a numbered point, else null
 * @param dateline the dateline it opens with, as runs of words (empty when none)
 * @param label a short description for the outline: the opening of its first English sentence
 * @param numberName its ¶ number as a link's accessible name ("Paragraph 12: cite or link")
 */
public record ParagraphView(
    String id,
    int number,
    String numberLabel,
    Integer pillar,
    String pillarId,
    String pillarLabel,
    List<RunView> dateline,
    String datelineEn,
    String speakerId,
    String speakerLabel,
    List<SentenceView> sentences,
    String label,
    String numberName) {
  public ParagraphView {
    dateline = List.copyOf(dateline);
    sentences = List.copyOf(sentences);
  }
}
