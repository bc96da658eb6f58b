package duizhao.annotate;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;

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

  private WordTrie(char[] label, int[] firstChild, int[] childCount, int[] word, int longestWord) {
    this.label = label;
    this.firstChild = firstChild;
    this.childCount = childCount;
    this.word = word;
    this.longestWord = longestWord;
  }

  static WordTrie of(List<String> words) {
    Building root = new Building();
    int longestWord = 0;
    for (int index = 0; index < words.size(); index++) {
      String text = words.get(index);
      longestWord = Math.max(longestWord, text.length());
      Building node = root;
      for (int i = 0; i < text.length(); i++) {
        node = node.children.computeIfAbsent(text.charAt(i), c -> new Building());
      }
      node.word = index;
    }
    Building[] order = breadthFirst(root);
    int size = order.length;
    char[] label = new char[size];
    int[] firstChild = new int[size];
    int[] childCount = new int[size];
    int[] word = new int[size];
    int next = 1;
    for (int i = 0; i < size; i++) {
      Building node = order[i];
      label[i] = node.label;
      word[i] = node.word;
      firstChild[i] = next;
      childCount[i] = node.children.size();
      next += node.children.size();
    }
    return new WordTrie(label, firstChild, childCount, word, longestWord);
  }

  private static Building[] breadthFirst(Building root) {
    Building[] order = new Building[16];
    int size = 0;
    Queue<Building> queue = new ArrayDeque<>();
    queue.add(root);
    while (!queue.isEmpty()) {
      Building node = queue.remove();
      if (size == order.length) {
        order = Arrays.copyOf(order, size * 2);
      }
      order[size++] = node;
      for (Map.Entry<Character, Building> child : node.children.entrySet()) {
        child.getValue().label = child.getKey();
        queue.add(child.getValue());
      }
    }
    return Arrays.copyOf(order, size);
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

  private static final class Building {
    final TreeMap<Character, Building> children = new TreeMap<>();
    char label;
    int word = -1;
  }
}
