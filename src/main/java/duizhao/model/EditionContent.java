package duizhao.model;

import java.util.List;
import java.util.Map;

/**
 * An edition after every content stage: what the views and the data files are built from.
 *
 * @param annotation words and readings, or null when the edition is built without annotation
 * @param occurrences every glossary term occurrence in reading order (nested ones included)
 * @param termPinyin each glossary entry's pinyin by id
 */
public record EditionContent(
    EditionMeta meta,
    Article article,
    Annotation annotation,
    Translation translation,
    Glossary glossary,
    List<TermOccurrence> occurrences,
    Map<String, String> termPinyin) {
  public EditionContent {
    occurrences = List.copyOf(occurrences);
    termPinyin = Map.copyOf(termPinyin);
  }

  /** The text units glossary terms are matched in, by id, in reading order: title, source line, dateline, sentences. */
  public static Map<String, String> textUnits(Article article) {
    Map<String, String> units = new java.util.LinkedHashMap<>();
    units.put("title", article.title());
    if (article.sourceLine() != null) {
      units.put("source", article.sourceLine().text());
    }
    if (article.dateline() != null) {
      units.put("dateline", article.dateline());
    }
    article.sentences().forEach(s -> units.put(s.id(), s.zh()));
    return units;
  }

  /** For each text unit, the anchor of the paragraph holding it: {@code title}, or {@code p1} for the dateline. */
  public static Map<String, String> unitParagraphs(Article article) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    out.put("title", "title");
    out.put("source", "title");
    out.put("dateline", "p1");
    article.paragraphs().forEach(p -> p.sentences().forEach(s -> out.put(s.id(), p.id())));
    return out;
  }
}
