package duizhao.export;

import duizhao.model.EditionContent;
import duizhao.model.TermOccurrence;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where each glossary term occurs, as the reader cites it: {@code title}, {@code ¶3}, in reading order. */
final class References {
  private final Map<String, Set<String>> byTerm = new LinkedHashMap<>();

  private References() {}

  static References of(EditionContent content) {
    References refs = new References();
    Map<String, String> paragraphOf = EditionContent.unitParagraphs(content.article());
    for (TermOccurrence o : content.occurrences()) {
      String paragraph = paragraphOf.get(o.unit());
      String label = paragraph.startsWith("p") ? "¶" + paragraph.substring(1) : paragraph;
      refs.byTerm.computeIfAbsent(o.termId(), id -> new LinkedHashSet<>()).add(label);
    }
    return refs;
  }

  /** The places a term occurs, e.g. {@code title, ¶1, ¶3}; empty when it occurs nowhere. */
  String of(String termId) {
    return String.join(", ", List.copyOf(byTerm.getOrDefault(termId, Set.of())));
  }
}
