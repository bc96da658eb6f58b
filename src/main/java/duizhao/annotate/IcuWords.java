package duizhao.annotate;

import com.ibm.icu.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ICU's dictionary-based word breaking for Chinese. A BreakIterator keeps the text it walks, so each thread has its own
 * clone of one prototype, and every use reads all the boundaries out before the next use can begin (cloning one per
 * call allocated its caches anew for every sentence). Whether a string is one of ICU's words is asked again and again
 * of the same phrases, so the answers are remembered.
 */
final class IcuWords {
  /** Enough for the phrases of any real text; beyond it strings are simply asked again. */
  private static final int REMEMBERED_ANSWERS = 100_000;

  private final ThreadLocal<BreakIterator> iterators;
  private final Map<TextRange, Boolean> answers = new ConcurrentHashMap<>();

  IcuWords() {
    BreakIterator prototype = BreakIterator.getWordInstance(Locale.CHINESE);
    this.iterators = ThreadLocal.withInitial(() -> (BreakIterator) prototype.clone());
  }

  /** ICU's word boundaries in {@code text}, from 0 to its length. */
  int[] boundaries(String text) {
    BreakIterator words = iterators.get();
    words.setText(text);
    // A text of n chars has at most n + 1 boundaries. Sized so, the array never grows: a growth branch that short
    // sentences never take made the compiled code fall back to the interpreter at the first long text.
    int[] boundaries = new int[text.length() + 1];
    int count = 0;
    for (int at = words.first(); at != BreakIterator.DONE; at = words.next()) {
      boundaries[count++] = at;
    }
    return Arrays.copyOf(boundaries, count);
  }

  /** True when ICU's dictionary takes {@code text[start, end)} as one word; answers are remembered (bounded). */
  boolean isWord(String text, int start, int end) {
    Boolean known = answers.get(new TextRange(text, start, end));
    if (known != null) {
      return known;
    }
    String candidate = text.substring(start, end);
    int[] boundaries = boundaries(candidate);
    boolean word = boundaries.length == 2;
    if (answers.size() < REMEMBERED_ANSWERS) {
      answers.put(new TextRange(candidate, 0, candidate.length()), word);
    }
    return word;
  }
}
