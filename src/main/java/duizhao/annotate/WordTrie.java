package duizhao.annotate;

import java.util.Arrays;
import java.util.List;

/**
 * Words in a character trie flattened into arrays (the children of a node lie side by side, sorted), so that finding
 * the words that start at a position of a text is a walk of binary searches with no allocation. Each word keeps its
 * index in the list it was built from. Immutable.
 */
final class WordTrie {
  private final char[] label;
  private final int[] firstChild;
  private final int[] childCount;
  /** The index of the word ending at a node, or -1. */
  private final int[] word;
  private final int longestWord;
  /**
   * The chars some word starts with, one bit each: most positions of a text start no curated word, and this answers
   * them without a binary search over the thousands of children of the root.
   */
  private final long[] firstChars = new long[(Character.MAX_VALUE + 1) / 64];

  private WordTrie(char[] label, int[] firstChild, int[] childCount, int[] word, int longestWord) {
    this.label = label;
    this.firstChild = firstChild;
    this.childCount = childCount;
    this.word = word;
    this.longestWord = longestWord;
    for (int child = firstChild[0]; child < firstChild[0] + childCount[0]; child++) {
      firstChars[label[child] >>> 6] |= 1L << label[child];
    }
  }

  /**
   * Builds the trie from the words sorted, level by level: the words under a node are a run of the sorted list, and its
   * children are the runs that share the next char. (A tree of maps of boxed chars cost a tenth of a second of every
   * cold start for the 10,000 words of the lexicon.)
   */
  static WordTrie of(List<String> words) {
    Integer[] order = new Integer[words.size()];
    int nodes = 1;
    int longestWord = 0;
    for (int index = 0; index < order.length; index++) {
      order[index] = index;
      nodes += words.get(index).length();
      longestWord = Math.max(longestWord, words.get(index).length());
    }
    // Stable, so that of two equal words the later one ends up last and its index wins, as in a map.
    Arrays.sort(order, (x, y) -> words.get(x).compareTo(words.get(y)));
    String[] sorted = new String[order.length];
    for (int i = 0; i < order.length; i++) {
      sorted[i] = words.get(order[i]);
    }
    char[] label = new char[nodes];
    int[] firstChild = new int[nodes];
    int[] childCount = new int[nodes];
    int[] word = new int[nodes];
    int[] runStart = new int[nodes];
    int[] runEnd = new int[nodes];
    int[] depth = new int[nodes];
    runEnd[0] = sorted.length;
    int size = 1;
    for (int node = 0; node < size; node++) {
      int from = runStart[node];
      int to = runEnd[node];
      int length = depth[node];
      word[node] = -1;
      while (from < to && sorted[from].length() == length) {
        word[node] = order[from++]; // a word sorts before the longer words it starts
      }
      firstChild[node] = size;
      while (from < to) {
        char c = sorted[from].charAt(length);
        int next = from + 1;
        while (next < to && sorted[next].charAt(length) == c) {
          next++;
        }
        label[size] = c;
        runStart[size] = from;
        runEnd[size] = next;
        depth[size] = length + 1;
        size++;
        from = next;
      }
      childCount[node] = size - firstChild[node];
    }
    return new WordTrie(Arrays.copyOf(label, size), Arrays.copyOf(firstChild, size), Arrays.copyOf(childCount, size),
        Arrays.copyOf(word, size), longestWord);
  }

  /** The length in chars of the longest word: the size {@link #matches} needs for its buffer. */
  int longestWord() {
    return longestWord;
  }

  /**
   * Finds every word that starts at {@code from} and ends at or before {@code limit}.
   *
   * @param ends receives the end of each word, shortest first; at least {@link #longestWord()} long
   * @return how many were found
   */
  int matches(CharSequence text, int from, int limit, int[] ends) {
    int node = 0;
    int found = 0;
    for (int i = from; i < limit; i++) {
      node = child(node, text.charAt(i));
      if (node < 0) {
        break;
      }
      if (word[node] >= 0) {
        ends[found++] = i + 1;
      }
    }
    return found;
  }

  /** The end of the longest word starting at {@code from} within {@code limit}, or -1. */
  int longest(CharSequence text, int from, int limit) {
    int node = 0;
    int longest = -1;
    for (int i = from; i < limit; i++) {
      node = child(node, text.charAt(i));
      if (node < 0) {
        break;
      }
      if (word[node] >= 0) {
        longest = i + 1;
      }
    }
    return longest;
  }

  /** The index of the word that is exactly {@code text[from, to)}, or -1. */
  int indexOf(CharSequence text, int from, int to) {
    int node = 0;
    for (int i = from; i < to && node >= 0; i++) {
      node = child(node, text.charAt(i));
    }
    return node < 0 || from == to ? -1 : word[node];
  }

  private int child(int node, char c) {
    if (node == 0 && (firstChars[c >>> 6] & 1L << c) == 0) {
      return -1;
    }
    int low = firstChild[node];
    int high = low + childCount[node] - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      char found = label[mid];
      if (found < c) {
        low = mid + 1;
      } else if (found > c) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
