package duizhao.view;

import java.util.List;

/** One category heading of the glossary section with its entries, sorted by pinyin. */
public record GlossaryCategoryView(String category, String label, String headingId, List<GlossaryEntryView> entries) {
  public GlossaryCategoryView {
    entries = List.copyOf(entries);
  }
}
