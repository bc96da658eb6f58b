package duizhao.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An edition's metadata from its {@code edition.md}.
 *
 * @param id stable identifier, also the content folder's name
 * @param output where the edition is written, relative to the site root ({@code .} for the root itself)
 * @param baseUrl the public URL of the site root with a trailing slash, or empty when links stay relative
 * @param aboutMarkdown the body of {@code edition.md}: an introduction shown on the page
 */
public record EditionMeta(
    String id,
    String version,
    String titleZh,
    String titleEn,
    LocalDate published,
    LocalDate meetingDate,
    String sourceZh,
    String sourceEn,
    String sourceUrl,
    String sourceFile,
    String sourceSha256,
    String baseUrl,
    String output,
    String licenceSource,
    String licenceTranslation,
    List<Speaker> speakers,
    String aboutMarkdown,
    SourceLocation location) {
  public EditionMeta {
    speakers = List.copyOf(speakers);
  }

  public EditionMeta withBaseUrl(String url) {
    return new EditionMeta(id, version, titleZh, titleEn, published, meetingDate, sourceZh, sourceEn, sourceUrl,
        sourceFile, sourceSha256, url, output, licenceSource, licenceTranslation, speakers, aboutMarkdown, location);
  }
}
