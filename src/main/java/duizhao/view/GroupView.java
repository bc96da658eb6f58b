package duizhao.view;

import java.util.List;

/**
 * A run of consecutive paragraphs with the same speaker: a part of the text with its heading, and its outline entries.
 *
 * @param id the heading's anchor ({@code part-2}); not one of the permanent anchors
 * @param rangeLabel the paragraphs it spans, e.g. {@code ¶3–¶12}
 */
public record GroupView(String id, String label, String rangeLabel, String href, List<ParagraphView> paragraphs,
    List<OutlineEntry> outline) {
  public GroupView {
    paragraphs = List.copyOf(paragraphs);
    outline = List.copyOf(outline);
  }
}
