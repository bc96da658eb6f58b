package duizhao.site;

import duizhao.glossary.GlossaryMatcher;
import duizhao.model.TermOccurrence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Answers which glossary terms cover a token, so each token in edition.json can reference its term. Occurrences are
 * grouped by text unit, so a token is compared with its own unit's terms only and the work grows linearly with the
 * text.
 */
final class TermIndex {
  private final Map<String, List<TermOccurrence>> all;
  private final Map<String, List<TermOccurrence>> primary;

  TermIndex(List<TermOccurrence> all) {
    this.all = byUnit(all);
    this.primary = byUnit(GlossaryMatcher.primary(all));
  }

  /** The tapped term whose occurrence holds the token, or null. */
  String primary(String unit, int start, int end) {
    for (TermOccurrence o : primary.getOrDefault(unit, List.of())) {
      if (o.start() < end && start < o.end()) {
        return o.termId();
      }
    }
    return null;
  }

  /** Every term (nested ones too) whose occurrence overlaps the token. */
  List<String> covering(String unit, int start, int end) {
    return all.getOrDefault(unit, List.of()).stream().filter(o -> o.start() < end && start < o.end())
        .map(TermOccurrence::termId).distinct().toList();
  }

  private static Map<String, List<TermOccurrence>> byUnit(List<TermOccurrence> occurrences) {
    return occurrences.stream().collect(Collectors.groupingBy(TermOccurrence::unit, HashMap::new,
        Collectors.toList()));
  }
}
