package duizhao.annotate;

import duizhao.diagnostic.Diagnostics;
import duizhao.model.Annotation;
import duizhao.model.Article;
import duizhao.model.Glossary;
import duizhao.model.GlossaryEntry;
import duizhao.model.Sentence;
import duizhao.model.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Annotates a whole article: title, dateline and every sentence, keeping glossary terms whole, then applies the
 * edition's editorial overrides (when given) so the published pinyin is the proofread one.
 */
public final class ArticleAnnotation {
  private ArticleAnnotation() {}

  /** Every form of every glossary entry: the segmenter keeps these whole (or splits them only inside). */
  public static Set<String> termForms(Glossary glossary) {
    Set<String> forms = new LinkedHashSet<>();
    glossary.entries().forEach(e -> forms.addAll(e.forms()));
    return forms;
  }

  /**
   * @param overrides the edition's corrections, or null to publish the automatic annotation
   * @param problems receives override lines that no longer match their sentence
   */
  public static Annotation annotate(Annotator annotator, Article article, Collection<String> terms,
      Overrides overrides, Diagnostics problems) {
    List<Token> title = corrected("title", article.title(), annotator.annotate(article.title(), terms), overrides,
        problems);
    List<Token> dateline = article.dateline() == null ? List.of()
        : corrected("dateline", article.dateline(), annotator.annotate(article.dateline(), terms), overrides,
            problems);
    Map<String, List<Token>> sentences = new LinkedHashMap<>();
    for (Sentence s : article.sentences()) {
      sentences.put(s.id(), corrected(s.id(), s.zh(), annotator.annotate(s.zh(), terms), overrides, problems));
    }
    if (overrides != null) {
      overrides.reportUnused(problems);
    }
    return new Annotation(title, dateline, sentences);
  }

  /** Each entry's pinyin: the editor's when the glossary gives one, else its form's annotation, words spaced. */
  public static Map<String, String> termPinyin(Annotator annotator, Glossary glossary, Collection<String> terms) {
    Map<String, String> pinyin = new LinkedHashMap<>();
    for (GlossaryEntry e : glossary.entries()) {
      if (!e.pinyin().isEmpty()) {
        pinyin.put(e.id(), e.pinyin());
        continue;
      }
      List<String> words = new ArrayList<>();
      for (Token t : annotator.annotate(e.zh(), terms)) {
        words.add(t.hasReading() ? t.pinyin() : t.text());
      }
      pinyin.put(e.id(), String.join(" ", words).replaceAll(" ([、，。；：])", "$1").strip());
    }
    return pinyin;
  }

  private static List<Token> corrected(String id, String text, List<Token> tokens, Overrides overrides,
      Diagnostics problems) {
    return overrides == null ? tokens : overrides.apply(id, text, tokens, problems);
  }
}
