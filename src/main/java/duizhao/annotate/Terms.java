package duizhao.annotate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;

/**
 * Where a caller's terms (glossary words) occur in a text: no word may cross the start or end of an occurrence.
 */
final class Terms {
  private final BitSet boundaries;
  private final List<int[]> spans;

  private Terms(BitSet boundaries, List<int[]> spans) {
    this.boundaries = boundaries;
    this.spans = spans;
  }

  static Terms find(String text, Collection<String> terms) {
    BitSet boundaries = new BitSet();
    List<int[]> spans = new ArrayList<>();
    if (terms != null) {
      for (String term : terms) {
        if (term == null || term.isEmpty()) {
          continue;
        }
        for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
          int end = at + term.length();
          if (splitsACharacter(text, at) || splitsACharacter(text, end)) {
            continue;
          }
          boundaries.set(at);
          boundaries.set(end);
          spans.add(new int[] {at, end});
        }
      }
    }
    return new Terms(boundaries, spans);
  }

  /** A term that begins or ends inside a surrogate pair cannot be honoured without cutting a character in two. */
  private static boolean splitsACharacter(String text, int position) {
    return position > 0 && position < text.length() && Character.isHighSurrogate(text.charAt(position - 1))
        && Character.isLowSurrogate(text.charAt(position));
  }

  boolean isEmpty() {
    return spans.isEmpty();
  }

  boolean isBoundary(int position) {
    return boundaries.get(position);
  }

  /** True when a word from {@code start} to {@code end} would cut through an occurrence's edge. */
  boolean crosses(int start, int end) {
    int next = boundaries.nextSetBit(start + 1);
    return next >= 0 && next < end;
  }

  List<int[]> spans() {
    return spans;
  }
}
