package duizhao.cite;

import duizhao.model.EditionMeta;
import duizhao.model.Translation;
import java.time.LocalDate;

/**
 * What every citation of an edition names: the wire-service original and this edition of it with its translation.
 *
 * @param author the agency, e.g. "Xinhua News Agency" (from {@code source-en} before any parenthesis)
 * @param site where the original appeared, e.g. "Xinhuanet" (from the parenthesis, else the author again)
 * @param titleEn our English title in sentence case, as in the edition metadata
 * @param headlineEn our English title in headline case, as in the translation
 * @param pageUrl the edition page's absolute URL, or its file name when there is no base URL
 */
public record CitedWork(
    String id,
    String author,
    String site,
    String titleZh,
    String titleEn,
    String headlineEn,
    LocalDate published,
    String sourceUrl,
    String translator,
    String version,
    String licence,
    String pageUrl,
    boolean absolute) {

  /** The name of the series every edition belongs to. */
  public static final String SERIES = "duizhao bilingual reading edition";

  /**
   * @param pagePath the page's path below the site root; without a base URL the page's own file name is used, which
   *     the page resolves against its address
   */
  public static CitedWork of(EditionMeta meta, Translation translation, String pagePath) {
    Translation.Block title = translation.blocks().get("title");
    String headlineEn = title == null || title.lines().isEmpty() ? "" : title.lines().get(0).markdown();
    String translator = translation.credits().getOrDefault("translator", "");
    String source = meta.sourceEn().strip();
    int open = source.indexOf(" (");
    String author = open < 0 ? source : source.substring(0, open).strip();
    String site = open < 0 || !source.endsWith(")") ? author : source.substring(open + 2, source.length() - 1).strip();
    boolean absolute = !meta.baseUrl().isEmpty();
    return new CitedWork(meta.id(), author, site, meta.titleZh(), meta.titleEn(),
        headlineEn.isEmpty() ? meta.titleEn() : headlineEn, meta.published(), meta.sourceUrl(),
        translator.isEmpty() ? "the editors" : translator, meta.version(), meta.licenceTranslation(),
        absolute ? meta.baseUrl() + pagePath : pagePath.substring(pagePath.lastIndexOf('/') + 1), absolute);
  }

  /** The URL of a place in the page: the page itself for a null anchor. */
  public String url(String anchor) {
    return anchor == null ? pageUrl : pageUrl + "#" + anchor;
  }
}
