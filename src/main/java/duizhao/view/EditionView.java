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
    List<RunView> titleRuns,
    String titleEnHtml,
    List<RunView> sourceLineRuns,
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
    List<NoteView> notes,
    List<GlossaryEntryView> glossary,
    List<GlossaryCategoryView> glossaryCategories) {
  public EditionView {
    titleRuns = List.copyOf(titleRuns);
    sourceLineRuns = List.copyOf(sourceLineRuns);
    glossary = List.copyOf(glossary);
    glossaryCategories = List.copyOf(glossaryCategories);
    paragraphs = List.copyOf(paragraphs);
    notes = List.copyOf(notes);
  }
}
