package duizhao.view;

import java.util.List;

/**
 * A body paragraph as printed, with its anchors and labels.
 *
 * @param pillarId {@code pillar-N} when the paragraph is a numbered point, else null
 * @param dateline the dateline it opens with, as runs of words (empty when none)
 */
public record ParagraphView(
    String id,
    int number,
    String numberLabel,
    String pillarId,
    String pillarLabel,
    List<RunView> dateline,
    String datelineEn,
    String speakerId,
    String speakerLabel,
    List<SentenceView> sentences) {
  public ParagraphView {
    dateline = List.copyOf(dateline);
    sentences = List.copyOf(sentences);
  }
}
