package duizhao.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into sentences at 。！？ — and after the closing quotes or brackets that follow them — but never
 * inside “…”, 《…》 or other paired marks unless the pair closes right after the full stop. A book title never ends a
 * sentence, even when it ends in 。 ({@code 《…。》}). A short bracketed note after the last sentence, such as Xinhua's
 * end mark （完）, belongs to that sentence.
 */
final class SentenceSplitter {
  private static final String TERMINALS = "。！？";
  private static final String OPENERS = "“‘《〈「『（【〔";
  private static final String CLOSERS = "”’》〉」』）】〕";
  private static final String TITLE_CLOSERS = "》〉";
  private static final Pattern END_MARK = Pattern.compile("(?:[（【][^（）【】。！？]{1,20}[）】])+");

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
        boolean insideTitle = false;
        while (afterClosers < text.length() && closing > 0 && CLOSERS.indexOf(text.charAt(afterClosers)) >= 0) {
          insideTitle |= TITLE_CLOSERS.indexOf(text.charAt(afterClosers)) >= 0;
          afterClosers++;
          closing--;
        }
        if (closing == 0 && !insideTitle) {
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
    int last = ends.isEmpty() ? -1 : ends.get(ends.size() - 1);
    if (last > 0 && last < text.length() && isEndMark(text.substring(last))) {
      ends.set(ends.size() - 1, text.length());
    }
    return ends;
  }

  /** Whether the text ends where a sentence ends: a paragraph that does not is continued by the next block. */
  static boolean endsSentence(String text) {
    List<Integer> ends = ends(text);
    return !ends.isEmpty() && ends.get(ends.size() - 1) == text.length();
  }

  /** A short bracketed note that is not a sentence, e.g. （完） or （记者张三）. */
  static boolean isEndMark(String text) {
    return END_MARK.matcher(text).matches();
  }
}
