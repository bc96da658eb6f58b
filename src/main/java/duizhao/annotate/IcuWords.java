package duizhao.annotate;

import com.ibm.icu.text.BreakIterator;
import java.util.Locale;

/**
 * ICU's dictionary-based word breaking for Chinese. A BreakIterator keeps the text it walks, so each use gets its own
 * clone of one prototype (cloning is cheaper than creating one from the locale's rules).
 */
final class IcuWords {
  private final BreakIterator prototype;

  IcuWords() {
    this.prototype = BreakIterator.getWordInstance(Locale.CHINESE);
  }

  /** A fresh iterator over {@code text}. */
  BreakIterator over(String text) {
    BreakIterator words = (BreakIterator) prototype.clone();
    words.setText(text);
    return words;
  }

  /** True when ICU's dictionary takes the whole string as one word. */
  boolean isWord(String text) {
    BreakIterator words = over(text);
    words.first();
    return words.next() == text.length();
  }
}
