package duizhao.view;

import java.util.List;

/**
 * Everything the edition page prints.
 *
 * @param canonicalUrl the page's public URL, or empty when the site has no base URL
 * @param assetsPath relative path from the page to the copied site assets, e.g. {@code assets/}
 * @param metaTags citation, Dublin Core and Open Graph tags for the head
 * @param jsonLd schema.org data for a {@code application/ld+json} script, already safe to print raw
 * @param groups the text in parts by speaker, each with its outline entries
 * @param pageUrl the page's address for citations: absolute, or relative when {@code pageUrlRelative}
 * @param bibPath the BibTeX file beside the page; {@code risPath} the RIS file
 * @param pageFile the page's file name ({@code index.html}), as the glossary page beside it links to it
 * @param glossaryFile the glossary page's file name beside this page ({@code glossary.html})
 * @param glossaryCanonicalUrl the glossary page's public URL, or empty when the site has no base URL
 * @param glossaryDescription the glossary page's description for search engines
 * @param citeMenu the one cite menu that every paragraph's ¶ number opens
 */
public record EditionView(
    String id,
    String version,
    String pageTitle,
    String description,
    String canonicalUrl,
    String assetsPath,
    List<MetaTag> metaTags,
    String jsonLd,
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
    String sourceUrlShort,
    String sourceSha256,
    String aboutHtml,
    String licenceSource,
    String licenceTranslation,
    String translator,
    String translationVersion,
    int pillarCount,
    List<ParagraphView> paragraphs,
    List<GroupView> groups,
    List<NoteView> notes,
    List<GlossaryEntryView> glossary,
    List<GlossaryCategoryView> glossaryCategories,
    String pageUrl,
    boolean pageUrlRelative,
    List<CitationView> citations,
    List<AnchorExample> anchors,
    String bibPath,
    String risPath,
    String pageFile,
    String glossaryFile,
    String glossaryCanonicalUrl,
    String glossaryDescription,
    CiteMenuView citeMenu) {
  public EditionView {
    metaTags = List.copyOf(metaTags);
    titleRuns = List.copyOf(titleRuns);
    sourceLineRuns = List.copyOf(sourceLineRuns);
    paragraphs = List.copyOf(paragraphs);
    groups = List.copyOf(groups);
    notes = List.copyOf(notes);
    glossary = List.copyOf(glossary);
    glossaryCategories = List.copyOf(glossaryCategories);
    citations = List.copyOf(citations);
    anchors = List.copyOf(anchors);
  }
}
