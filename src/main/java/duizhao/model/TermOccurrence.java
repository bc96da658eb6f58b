package duizhao.model;

/**
 * Where a glossary term stands in the Chinese.
 *
 * @param unit the text unit: {@code title}, {@code dateline} or a sentence id such as {@code p3-s1}
 * @param start offset of the first char in the unit's text (UTF-16 index)
 * @param end offset after the last char
 */
public record TermOccurrence(String termId, String unit, int start, int end) {
  public int length() {
    return end - start;
  }

  public boolean contains(TermOccurrence other) {
    return unit.equals(other.unit) && start <= other.start && other.end <= end;
  }
}
