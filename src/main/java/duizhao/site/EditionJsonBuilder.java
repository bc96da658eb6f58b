package duizhao.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import duizhao.model.Annotation;
import duizhao.model.Article;
import duizhao.model.EditionMeta;
import duizhao.model.Paragraph;
import duizhao.model.Sentence;
import duizhao.model.Token;
import duizhao.model.Translation;
import duizhao.view.EditionViewBuilder;
import java.util.ArrayList;
import java.util.List;

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

  public String json(EditionMeta meta, Article article, Annotation annotation, Translation translation) {
    List<EditionJson.ParagraphJson> paragraphs = new ArrayList<>();
    for (Paragraph p : article.paragraphs()) {
      Translation.Block block = translation.blocks().get(p.id());
      List<EditionJson.SentenceJson> sentences = new ArrayList<>();
      for (Sentence s : p.sentences()) {
        Translation.Line line = block.lines().get(s.number() - 1);
        sentences.add(new EditionJson.SentenceJson(s.id(), s.zh(), line.markdown(), line.speaker(),
            tokens(annotation == null ? null : annotation.sentences().get(s.id()))));
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
            tokens(annotation == null ? null : annotation.dateline()));
    List<EditionJson.NoteJson> notes = translation.notes().values().stream()
        .sorted((a, b) -> Integer.compare(a.number(), b.number()))
        .map(n -> new EditionJson.NoteJson(n.id(), n.number(), n.markdown()))
        .toList();
    EditionJson edition = new EditionJson(FORMAT_VERSION, info,
        new EditionJson.Title("title", article.title(), line(translation, "title"),
            tokens(annotation == null ? null : annotation.title())),
        sourceLine, dateline, paragraphs, notes, List.of());
    try {
      return writer.writeValueAsString(edition) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("edition.json could not be serialised", e);
    }
  }

  private static List<EditionJson.TokenJson> tokens(List<Token> tokens) {
    if (tokens == null) {
      return List.of();
    }
    return tokens.stream().map(t -> new EditionJson.TokenJson(t.text(), t.pinyin(), t.readings(), t.spokenPinyin(),
        t.spokenReadings(), null)).toList();
  }

  private static String line(Translation translation, String key) {
    Translation.Block b = translation.blocks().get(key);
    return b == null || b.lines().isEmpty() ? null : b.lines().get(0).markdown();
  }

  private static String credit(Translation translation, String key) {
    return translation.credits().getOrDefault(key, "");
  }
}
