package duizhao.view;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Note numbers for glossary terms in print: each term is numbered in the order of its first occurrence in the text,
 * and the number is printed at that first occurrence only.
 */
final class TermNumbering {
  private final Map<String, Integer> numbers;
  private final Set<String> used = new HashSet<>();

  TermNumbering(Map<String, Integer> numbers) {
    this.numbers = numbers;
  }

  /** The term's number the first time it is asked for, 0 after that. */
  int firstUse(String termId) {
    return used.add(termId) ? numbers.getOrDefault(termId, 0) : 0;
  }

  static TermNumbering inOrderOf(List<String> termIdsInReadingOrder) {
    Map<String, Integer> numbers = new java.util.LinkedHashMap<>();
    for (String id : termIdsInReadingOrder) {
      numbers.putIfAbsent(id, numbers.size() + 1);
    }
    return new TermNumbering(numbers);
  }

  int numberOf(String termId) {
    return numbers.getOrDefault(termId, 0);
  }
}
