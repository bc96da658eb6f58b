package duizhao.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import duizhao.model.Annotation;
import duizhao.model.Article;
import duizhao.model.EditionContent;
import duizhao.model.EditionMeta;
import duizhao.model.GlossaryEntry;
import duizhao.model.Paragraph;
import duizhao.model.Sentence;
import duizhao.model.Token;
import duizhao.model.Translation;
import duizhao.view.EditionViewBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds {@code edition.json}: the whole edition as data, in source order, pretty-printed with LF line ends. */
public final class EditionJsonBuilder {
  /** Bumped only when a field changes meaning; additions keep the number. */
  public static final int FORMAT_VERSION = 1;

  private final ObjectWriter writer;

  public EditionJsonBuilder() {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    writer = new ObjectMapper().writer(printer);
  }

  public String json(EditionContent content) {
    EditionMeta meta = content.meta();
    Article article = content.article();
    Annotation annotation = content.annotation();
    Translation translation = content.translation();
    TermIndex terms = new TermIndex(content.occurrences());
    List<EditionJson.ParagraphJson> paragraphs = new ArrayList<>();
    for (Paragraph p : article.paragraphs()) {
      Translation.Block block = translation.blocks().get(p.id());
      List<EditionJson.SentenceJson> sentences = new ArrayList<>();
      for (Sentence s : p.sentences()) {
        Translation.Line line = block.lines().get(s.number() - 1);
        sentences.add(new EditionJson.SentenceJson(s.id(), s.zh(), line.markdown(), line.speaker(),
            tokens(s.id(), annotation == null ? null : annotation.sentences().get(s.id()), terms)));
      }
      paragraphs.add(new EditionJson.ParagraphJson(p.id(), p.number(), p.pillar(), p.pillarId(), block.speaker(),
          sentences));
    }
    String url = meta.baseUrl().isEmpty() ? null : meta.baseUrl() + EditionViewBuilder.pagePath(meta);
    EditionJson.Info info = new EditionJson.Info(meta.id(), meta.version(),
        new EditionJson.Text(meta.titleZh(), meta.titleEn()), meta.published().toString(),
        meta.meetingDate().toString(), meta.sourceZh(), meta.sourceEn(), meta.sourceUrl(), article.sha256(), url,
        new EditionJson.Translator(credit(translation, "translator"), credit(translation, "version"),
            credit(translation, "date"), credit(translation, "licence")));
    EditionJson.SourceLineJson sourceLine = article.sourceLine() == null ? null
        : new EditionJson.SourceLineJson(article.sourceLine().text(), line(translation, "source"),
            article.sourceLine().date().toString(), article.sourceLine().source());
    EditionJson.Dateline dateline = article.dateline() == null ? null
        : new EditionJson.Dateline(article.dateline(), line(translation, "dateline"),
            tokens("dateline", annotation == null ? null : annotation.dateline(), terms));
    List<EditionJson.NoteJson> notes = translation.notes().values().stream()
        .sorted((a, b) -> Integer.compare(a.number(), b.number()))
        .map(n -> new EditionJson.NoteJson(n.id(), n.number(), n.markdown()))
        .toList();
    EditionJson edition = new EditionJson(FORMAT_VERSION, info,
        new EditionJson.Title("title", article.title(), line(translation, "title"),
            tokens("title", annotation == null ? null : annotation.title(), terms)),
        sourceLine, dateline, paragraphs, notes, glossary(content));
    try {
      return writer.writeValueAsString(edition) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("edition.json could not be serialised", e);
    }
  }

  private static List<EditionJson.TokenJson> tokens(String unit, List<Token> tokens, TermIndex terms) {
    if (tokens == null) {
      return List.of();
    }
    List<EditionJson.TokenJson> out = new ArrayList<>(tokens.size());
    int offset = 0;
    for (Token t : tokens) {
      int end = offset + t.text().length();
      List<String> covering = terms.covering(unit, offset, end);
      out.add(new EditionJson.TokenJson(t.text(), t.pinyin(), t.readings(), t.spokenPinyin(), t.spokenReadings(),
          terms.primary(unit, offset, end), covering.isEmpty() ? null : covering));
      offset = end;
    }
    return out;
  }

  private static List<EditionJson.GlossaryEntryJson> glossary(EditionContent content) {
    Map<String, String> paragraphOf = EditionContent.unitParagraphs(content.article());
    List<EditionJson.GlossaryEntryJson> out = new ArrayList<>();
    for (GlossaryEntry e : content.glossary().entries()) {
      List<EditionJson.OccurrenceJson> occurrences = content.occurrences().stream()
          .filter(o -> o.termId().equals(e.id()))
          .map(o -> new EditionJson.OccurrenceJson(o.unit(), paragraphOf.get(o.unit()), o.start(), o.end()))
          .toList();
      out.add(new EditionJson.GlossaryEntryJson(e.id(), e.zh(), e.forms().subList(1, e.forms().size()),
          content.termPinyin().getOrDefault(e.id(), ""), e.en(), e.official().isEmpty() ? null : e.official(),
          e.category(), e.related(), e.noteMarkdown(), occurrences));
    }
    return out;
  }

  private static String line(Translation translation, String key) {
    Translation.Block b = translation.blocks().get(key);
    return b == null || b.lines().isEmpty() ? null : b.lines().get(0).markdown();
  }

  private static String credit(Translation translation, String key) {
    return translation.credits().getOrDefault(key, "");
  }
}
