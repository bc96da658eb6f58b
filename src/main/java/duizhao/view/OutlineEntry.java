package duizhao.view;

import java.util.List;

/**
 * One line of the outline: a paragraph, or a run of pillars with the pillar paragraphs inside.
 *
 * @param numberLabel {@code ¶3} or {@code ¶6–¶10}
 */
public record OutlineEntry(String href, String numberLabel, String label, List<OutlineEntry> children) {
  public OutlineEntry {
    children = List.copyOf(children);
  }
}
