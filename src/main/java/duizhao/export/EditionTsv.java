package duizhao.export;

import duizhao.model.Annotation;
import duizhao.model.Article;
import duizhao.model.EditionContent;
import duizhao.model.Paragraph;
import duizhao.model.Sentence;
import duizhao.model.Translation;
import java.util.List;

/**
 * {@code edition.tsv}: one row per text unit in reading order (title, source line, dateline, then every sentence),
 * with a header row: {@code id, zh, pinyin, en, speaker}. English is plain text without note references; the speaker
 * is the id from edition.md, empty for the title, source line and dateline. Escaping as in {@link Tsv}.
 */
final class EditionTsv {
  static final List<String> HEADER = List.of("id", "zh", "pinyin", "en", "speaker");

  String of(EditionContent content, PlainText plain) {
    Article article = content.article();
    Annotation annotation = content.annotation();
    Translation translation = content.translation();
    Tsv tsv = new Tsv().row(HEADER);
    tsv.row(List.of("title", article.title(), PinyinLine.of(annotation == null ? null : annotation.title()),
        plain.of(Lines.single(translation, "title")), ""));
    if (article.sourceLine() != null) {
      tsv.row(List.of("source", article.sourceLine().text(), "", plain.of(Lines.single(translation, "source")), ""));
    }
    if (article.dateline() != null) {
      tsv.row(List.of("dateline", article.dateline(), PinyinLine.of(annotation == null ? null : annotation.dateline()),
          plain.of(Lines.single(translation, "dateline")), ""));
    }
    for (Paragraph p : article.paragraphs()) {
      Translation.Block block = translation.blocks().get(p.id());
      for (Sentence s : p.sentences()) {
        Translation.Line line = block.lines().get(s.number() - 1);
        tsv.row(List.of(s.id(), s.zh(), PinyinLine.of(annotation == null ? null : annotation.sentences().get(s.id())),
            plain.of(line.markdown()), line.speaker() != null ? line.speaker() : block.speaker()));
      }
    }
    return tsv.toString();
  }
}
