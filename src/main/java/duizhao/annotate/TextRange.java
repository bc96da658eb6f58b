package duizhao.annotate;

/**
 * A span of a text as a map key that hashes and compares like the String it spells, so that a word can be looked up
 * without cutting it out of the sentence first.
 */
final class TextRange {
  private final String text;
  private final int start;
  private final int end;
  private final int hash;

  TextRange(String text, int start, int end) {
    this.text = text;
    this.start = start;
    this.end = end;
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + text.charAt(i);
    }
    this.hash = h;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof TextRange range) || range.hash != hash || range.end - range.start != end - start) {
      return false;
    }
    return text.regionMatches(start, range.text, range.start, end - start);
  }

  @Override
  public String toString() {
    return text.substring(start, end);
  }
}
