package duizhao.view;

import java.util.List;

/**
 * A sentence as printed: the Chinese (as runs of words with readings, glossary terms marked) and its English.
 *
 * @param enHtml the English rendered from Markdown through the audited renderer, or empty
 * @param speakerLabel set only when the sentence's speaker differs from its paragraph's
 */
public record SentenceView(String id, int number, String zh, List<RunView> runs, String enHtml, String speakerLabel) {
  public SentenceView {
    runs = List.copyOf(runs);
  }
}
