package duizhao.diagnostic;

import java.util.Locale;
import java.util.Optional;

/** Finds the name an editor probably meant: same letters in another case, another extension, or a small typo. */
public final class DidYouMean {
  private static final int MAX_TYPOS = 2;

  private DidYouMean() {}

  /** The first candidate (in the given order) that looks like {@code wanted} without being it. */
  public static Optional<String> among(String wanted, Iterable<String> candidates) {
    String w = wanted.toLowerCase(Locale.ROOT);
    for (String candidate : candidates) {
      String c = candidate.toLowerCase(Locale.ROOT);
      if (!candidate.equals(wanted) && (c.equals(w) || stem(c).equals(stem(w)) || distance(c, w) <= MAX_TYPOS)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static String stem(String name) {
    int dot = name.indexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }

  /** Levenshtein distance; names are short. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
