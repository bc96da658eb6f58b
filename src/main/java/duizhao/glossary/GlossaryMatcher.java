package duizhao.glossary;

import duizhao.model.GlossaryEntry;
import duizhao.model.TermOccurrence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every occurrence of every glossary form in the text units of an edition (title, dateline, sentences), nested
 * ones included: 和平共处 is found inside 相互尊重、和平共处、合作共赢. Matching works on the characters, so a term is
 * found whatever the word segmentation did with it.
 */
public final class GlossaryMatcher {
  private final List<Form> forms;

  public GlossaryMatcher(List<GlossaryEntry> entries) {
    List<Form> all = new ArrayList<>();
    for (GlossaryEntry e : entries) {
      for (String f : e.forms()) {
        all.add(new Form(e.id(), f));
      }
    }
    // Longest first, so that among terms starting at the same place the longer one is found first.
    all.sort(Comparator.comparingInt((Form f) -> -f.text.length()).thenComparing(f -> f.termId));
    this.forms = List.copyOf(all);
  }

  /**
   * @param units text units by id, in reading order
   * @return every occurrence, ordered by unit (reading order), start, then longest first
   */
  public List<TermOccurrence> match(Map<String, String> units) {
    List<TermOccurrence> found = new ArrayList<>();
    Map<String, Integer> order = new HashMap<>();
    for (Map.Entry<String, String> unit : units.entrySet()) {
      order.put(unit.getKey(), order.size());
      String text = unit.getValue();
      // Overlaps are looked for within the unit only, so the work grows with the text, not with its square.
      List<TermOccurrence> inUnit = new ArrayList<>();
      for (Form form : forms) {
        int from = 0;
        while (true) {
          int at = text.indexOf(form.text, from);
          if (at < 0) {
            break;
          }
          TermOccurrence occurrence = new TermOccurrence(form.termId, unit.getKey(), at, at + form.text.length());
          if (inUnit.stream().noneMatch(o -> o.termId().equals(form.termId)
              && o.start() < occurrence.end() && occurrence.start() < o.end())) {
            inUnit.add(occurrence);
          }
          from = at + form.text.length();
        }
      }
      found.addAll(inUnit);
    }
    found.sort(Comparator.comparingInt((TermOccurrence o) -> order.get(o.unit()))
        .thenComparingInt(TermOccurrence::start)
        .thenComparingInt(o -> -o.length())
        .thenComparing(TermOccurrence::termId));
    return found;
  }

  /**
   * The occurrences a reader taps: longest match first, left to right, without overlaps. The others lie inside (or
   * across) one of these and are reached from its popover.
   */
  public static List<TermOccurrence> primary(List<TermOccurrence> all) {
    List<TermOccurrence> primary = new ArrayList<>();
    Map<String, Integer> reached = new LinkedHashMap<>();
    for (TermOccurrence o : all) {
      int end = reached.getOrDefault(o.unit(), 0);
      if (o.start() >= end) {
        primary.add(o);
        reached.put(o.unit(), o.end());
      }
    }
    return primary;
  }

  private record Form(String termId, String text) {}
}
