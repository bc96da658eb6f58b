package duizhao.view;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import duizhao.markdown.Markdown;
import duizhao.model.GlossaryEntry;
import duizhao.model.TermOccurrence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the glossary's views: entries with their occurrences and relations, grouped by category. */
final class GlossaryViews {
  private static final Map<String, String> CATEGORY_LABELS = Map.of("formula", "Political formulas", "person",
      "People", "place", "Places", "institution", "Institutions and mechanisms", "event", "Events", "term", "Terms");
  private static final List<String> CATEGORY_ORDER =
      List.of("formula", "term", "person", "place", "institution", "event");

  private final Markdown markdown;

  GlossaryViews(Markdown markdown) {
    this.markdown = markdown;
  }

  /**
   * @param all every occurrence (nested ones too), in reading order
   * @param primary the tapped ones
   * @param unitParagraph for each text unit, the paragraph it belongs to ({@code p3}) or {@code title}
   * @param pinyin each entry's pinyin
   */
  List<GlossaryEntryView> entries(List<GlossaryEntry> entries, List<TermOccurrence> all,
      List<TermOccurrence> primary, Map<String, String> unitParagraph, Map<String, String> pinyin,
      TermNumbering numbers) {
    Map<String, GlossaryEntry> byId = new LinkedHashMap<>();
    entries.forEach(e -> byId.put(e.id(), e));
    // Indexed once, so that the work grows with the number of occurrences, not with its square.
    Map<String, List<TermOccurrence>> byTerm = new HashMap<>();
    Map<String, List<TermOccurrence>> byUnit = new HashMap<>();
    for (TermOccurrence o : all) {
      byTerm.computeIfAbsent(o.termId(), k -> new ArrayList<>()).add(o);
      byUnit.computeIfAbsent(o.unit(), k -> new ArrayList<>()).add(o);
    }
    List<GlossaryEntryView> views = new ArrayList<>();
    for (GlossaryEntry e : entries) {
      Set<String> paragraphs = new LinkedHashSet<>();
      Set<String> contains = new LinkedHashSet<>();
      Set<String> partOf = new LinkedHashSet<>();
      for (TermOccurrence o : byTerm.getOrDefault(e.id(), List.of())) {
        paragraphs.add(unitParagraph.get(o.unit()));
        for (TermOccurrence other : byUnit.get(o.unit())) {
          if (other.termId().equals(e.id())) {
            continue;
          }
          if (o.contains(other) && o.length() > other.length()) {
            contains.add(other.termId());
          } else if (other.contains(o) && other.length() > o.length()) {
            partOf.add(other.termId());
          }
        }
      }
      List<GlossaryEntryView.Link> occurrences = paragraphs.stream()
          .map(p -> new GlossaryEntryView.Link("#" + p, p.equals("title") ? "title" : "¶" + p.substring(1), 0))
          .toList();
      views.add(new GlossaryEntryView(e.id(), numbers.numberOf(e.id()), e.zh(),
          pinyin.getOrDefault(e.id(), ""), e.en(), e.official(), e.category(),
          CATEGORY_LABELS.getOrDefault(e.category(), e.category()),
          EnglishRenderer.markChinese(markdown.renderInline(e.noteMarkdown())), links(e.related(), byId, numbers),
          links(contains, byId, numbers), links(partOf, byId, numbers), occurrences));
    }
    return views;
  }

  /** The glossary section: categories in a fixed order, entries sorted by their Chinese in pinyin order (ICU). */
  static List<GlossaryCategoryView> byCategory(List<GlossaryEntryView> entries) {
    Collator pinyinOrder = Collator.getInstance(new ULocale("zh@collation=pinyin"));
    List<GlossaryCategoryView> out = new ArrayList<>();
    for (String category : CATEGORY_ORDER) {
      List<GlossaryEntryView> inCategory = entries.stream()
          .filter(e -> e.category().equals(category))
          .sorted(Comparator.comparing(GlossaryEntryView::zh, pinyinOrder::compare)
              .thenComparing(GlossaryEntryView::id))
          .toList();
      if (!inCategory.isEmpty()) {
        out.add(new GlossaryCategoryView(category, CATEGORY_LABELS.get(category), "glossary-" + category,
            inCategory));
      }
    }
    return out;
  }

  private static List<GlossaryEntryView.Link> links(Iterable<String> ids, Map<String, GlossaryEntry> byId,
      TermNumbering numbers) {
    List<GlossaryEntryView.Link> links = new ArrayList<>();
    for (String id : ids) {
      GlossaryEntry e = byId.get(id);
      if (e != null) {
        links.add(new GlossaryEntryView.Link("#" + id, e.zh(), numbers.numberOf(id)));
      }
    }
    return links;
  }
}
