package duizhao.view;

import java.util.List;

/**
 * A glossary entry as printed: in the glossary section, the popover and the glossary page.
 *
 * @param number its note number in print (order of first occurrence in the text)
 * @param occurrences where it appears: one link per paragraph (¶3) or the title
 * @param contains entries found inside this one's occurrences (和平共处 in 相互尊重、和平共处、合作共赢)
 * @param partOf entries inside whose occurrences this one was found
 */
public record GlossaryEntryView(
    String id,
    int number,
    String zh,
    String pinyin,
    String en,
    String official,
    String category,
    String categoryLabel,
    String noteHtml,
    List<Link> related,
    List<Link> contains,
    List<Link> partOf,
    List<Link> occurrences) {
  public GlossaryEntryView {
    related = List.copyOf(related);
    contains = List.copyOf(contains);
    partOf = List.copyOf(partOf);
    occurrences = List.copyOf(occurrences);
  }

  /**
   * A link with its label, e.g. {@code #p3} "¶3", or {@code #term-x} "和平共处"; to an entry, with that entry's
   * note number in print (0 when it has none).
   */
  public record Link(String href, String label, int number) {}
}
