package duizhao.view;

import java.util.List;

/**
 * A body paragraph as printed, with its anchors and labels.
 *
 * @param pillarId {@code pillar-N} when the paragraph is a numbered point, else null
 * @param datelineZh the dateline it opens with, or null
 */
public record ParagraphView(
    String id,
    int number,
    String numberLabel,
    String pillarId,
    String pillarLabel,
    String datelineZh,
    String datelineEn,
    String speakerId,
    String speakerLabel,
    List<SentenceView> sentences) {
  public ParagraphView {
    sentences = List.copyOf(sentences);
  }
}
