package duizhao.site;

import duizhao.glossary.GlossaryMatcher;
import duizhao.model.TermOccurrence;
import java.util.List;

/** Answers which glossary terms cover a token, so each token in edition.json can reference its term. */
final class TermIndex {
  private final List<TermOccurrence> all;
  private final List<TermOccurrence> primary;

  TermIndex(List<TermOccurrence> all) {
    this.all = all;
    this.primary = GlossaryMatcher.primary(all);
  }

  /** The tapped term whose occurrence holds the token, or null. */
  String primary(String unit, int start, int end) {
    for (TermOccurrence o : primary) {
      if (o.unit().equals(unit) && o.start() < end && start < o.end()) {
        return o.termId();
      }
    }
    return null;
  }

  /** Every term (nested ones too) whose occurrence overlaps the token. */
  List<String> covering(String unit, int start, int end) {
    return all.stream().filter(o -> o.unit().equals(unit) && o.start() < end && start < o.end())
        .map(TermOccurrence::termId).distinct().toList();
  }
}
