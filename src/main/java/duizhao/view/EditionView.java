package duizhao.view;

import java.util.List;

/**
 * Everything the edition page prints.
 *
 * @param canonicalUrl the page's public URL, or empty when the site has no base URL
 * @param assetsPath relative path from the page to the copied site assets, e.g. {@code assets/}
 */
public record EditionView(
    String id,
    String version,
    String pageTitle,
    String description,
    String canonicalUrl,
    String assetsPath,
    String titleZh,
    List<WordView> titleWords,
    String titleEnHtml,
    String sourceLineZh,
    String sourceLineEnHtml,
    String datelineEnHtml,
    String published,
    String meetingDate,
    String sourceName,
    String sourceUrl,
    String sourceSha256,
    String aboutHtml,
    String licenceSource,
    String licenceTranslation,
    String translator,
    String translationVersion,
    int pillarCount,
    List<ParagraphView> paragraphs,
    List<NoteView> notes) {
  public EditionView {
    titleWords = List.copyOf(titleWords);
    paragraphs = List.copyOf(paragraphs);
    notes = List.copyOf(notes);
  }
}
