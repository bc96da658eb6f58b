package duizhao.view;

import java.util.List;

/**
 * A run of words printed together: plain text, or one occurrence of a glossary term (a link to its entry, which the
 * script opens in the shared glossary popover where the browser can).
 *
 * @param termId the term this run is an occurrence of, or null for plain text
 * @param termNumber the term's note number for print, set at the term's first occurrence only, else 0
 */
public record RunView(String termId, int termNumber, List<WordView> words) {
  public RunView {
    words = List.copyOf(words);
  }
}
