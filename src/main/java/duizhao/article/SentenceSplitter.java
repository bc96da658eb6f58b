package duizhao.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph into sentences at 。！？ — and after the closing quotes or brackets that follow them — but never
 * inside “…”, 《…》 or other paired marks unless the pair closes right after the full stop.
 */
final class SentenceSplitter {
  private static final String TERMINALS = "。！？";
  private static final String OPENERS = "“‘《〈「『（【〔";
  private static final String CLOSERS = "”’》〉」』）】〕";

  private SentenceSplitter() {}

  /** Sentence end offsets (exclusive) in order; the last one is the text's length when the text ends a sentence. */
  static List<Integer> ends(String text) {
    List<Integer> ends = new ArrayList<>();
    int depth = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (OPENERS.indexOf(c) >= 0) {
        depth++;
      } else if (CLOSERS.indexOf(c) >= 0) {
        depth = Math.max(0, depth - 1);
      } else if (TERMINALS.indexOf(c) >= 0) {
        int end = i + 1;
        while (end < text.length() && TERMINALS.indexOf(text.charAt(end)) >= 0) {
          end++;
        }
        int afterClosers = end;
        int closing = depth;
        while (afterClosers < text.length() && closing > 0 && CLOSERS.indexOf(text.charAt(afterClosers)) >= 0) {
          afterClosers++;
          closing--;
        }
        if (closing == 0) {
          ends.add(afterClosers);
          depth = 0;
          i = afterClosers;
          continue;
        }
        i = end;
        continue;
      }
      i++;
    }
    return ends;
  }

  /** Whether the text ends where a sentence ends: a paragraph that does not is continued by the next block. */
  static boolean endsSentence(String text) {
    List<Integer> ends = ends(text);
    return !ends.isEmpty() && ends.get(ends.size() - 1) == text.length();
  }
}
