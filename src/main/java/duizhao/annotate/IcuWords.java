package duizhao.annotate;

import com.ibm.icu.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ICU's dictionary-based word breaking for Chinese. A BreakIterator keeps the text it walks, so each use gets its own
 * clone of one prototype (cloning is cheaper than creating one from the locale's rules). Whether a string is one of
 * ICU's words is asked again and again of the same phrases, so the answers are remembered.
 */
final class IcuWords {
  /** Enough for the phrases of any real text; beyond it strings are simply asked again. */
  private static final int REMEMBERED_ANSWERS = 100_000;

  private final BreakIterator prototype;
  private final Map<String, Boolean> answers = new ConcurrentHashMap<>();

  IcuWords() {
    this.prototype = BreakIterator.getWordInstance(Locale.CHINESE);
  }

  /** A fresh iterator over {@code text}. */
  BreakIterator over(String text) {
    BreakIterator words = (BreakIterator) prototype.clone();
    words.setText(text);
    return words;
  }

  /** True when ICU's dictionary takes the whole string as one word; answers are remembered (bounded). */
  boolean isWord(String text) {
    Boolean known = answers.get(text);
    if (known != null) {
      return known;
    }
    BreakIterator words = over(text);
    words.first();
    boolean word = words.next() == text.length();
    if (answers.size() < REMEMBERED_ANSWERS) {
      answers.put(text, word);
    }
    return word;
  }
}
