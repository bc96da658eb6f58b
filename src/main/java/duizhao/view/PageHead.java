package duizhao.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import duizhao.cite.CitedWork;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable head of the page: Highwire {@code citation_*} tags (read by Zotero and other reference
 * managers), Open Graph tags, and schema.org JSON-LD describing the Xinhua article and our translation of it.
 */
final class PageHead {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PageHead() {}

  static List<MetaTag> metaTags(CitedWork w, String description) {
    List<MetaTag> tags = new ArrayList<>();
    String date = w.published().toString().replace('-', '/');
    name(tags, "citation_title", w.titleZh() + " [" + w.titleEn() + "]");
    name(tags, "citation_author", w.author());
    name(tags, "citation_publication_date", date);
    name(tags, "citation_online_date", date);
    name(tags, "citation_publisher", w.site());
    name(tags, "citation_language", "zh");
    name(tags, "citation_language", "en");
    if (w.absolute()) {
      name(tags, "citation_fulltext_html_url", w.pageUrl());
      name(tags, "citation_abstract_html_url", w.pageUrl());
    }
    name(tags, "DC.contributor", w.translator());
    property(tags, "og:type", "article");
    property(tags, "og:title", w.titleEn());
    property(tags, "og:description", description);
    property(tags, "og:site_name", "duizhao");
    property(tags, "og:locale", "en_GB");
    property(tags, "og:locale:alternate", "zh_CN");
    if (w.absolute()) {
      property(tags, "og:url", w.pageUrl());
    }
    property(tags, "article:published_time", w.published().toString());
    property(tags, "article:author", w.author());
    return tags;
  }

  /** JSON-LD, safe inside a script element: no {@code <} survives (it is written as a JSON escape). */
  static String jsonLd(CitedWork w, String description) {
    String originalId = w.absolute() ? w.pageUrl() + "#source" : "#source";
    Map<String, Object> original = new LinkedHashMap<>();
    original.put("@type", "NewsArticle");
    original.put("@id", originalId);
    original.put("headline", w.titleZh());
    original.put("inLanguage", "zh-Hans");
    original.put("datePublished", w.published().toString());
    original.put("author", organization(w.author()));
    Map<String, Object> publisher = organization(w.site());
    publisher.put("url", w.sourceUrl());
    original.put("publisher", publisher);
    Map<String, Object> edition = new LinkedHashMap<>();
    edition.put("@type", "CreativeWork");
    if (w.absolute()) {
      edition.put("@id", w.pageUrl());
      edition.put("url", w.pageUrl());
    }
    edition.put("name", w.titleEn());
    edition.put("alternateName", w.titleZh());
    edition.put("description", description);
    edition.put("inLanguage", List.of("zh-Hans", "en"));
    edition.put("version", w.version());
    edition.put("translator", organization(w.translator()));
    edition.put("translationOfWork", ordered("@id", originalId));
    edition.put("isPartOf", ordered("@type", "CreativeWorkSeries", "name", CitedWork.SERIES));
    edition.put("license", w.licence());
    Map<String, Object> graph = new LinkedHashMap<>();
    graph.put("@context", "https://schema.org");
    graph.put("@graph", List.of(original, edition));
    try {
      return JSON.writeValueAsString(graph).replace("<", "\\u003c");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("JSON-LD could not be serialised", e);
    }
  }

  private static Map<String, Object> organization(String name) {
    return ordered("@type", "Organization", "name", name);
  }

  /** Key order fixed (Map.of's is not), so two builds write the same bytes. */
  private static Map<String, Object> ordered(String... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static void name(List<MetaTag> tags, String key, String content) {
    tags.add(new MetaTag(false, key, content));
  }

  private static void property(List<MetaTag> tags, String key, String content) {
    tags.add(new MetaTag(true, key, content));
  }
}
