package duizhao.export;

import duizhao.model.Article;
import duizhao.model.EditionContent;
import duizhao.model.EditionMeta;
import duizhao.model.Paragraph;
import duizhao.model.Sentence;
import duizhao.model.Translation;
import java.util.StringJoiner;

/**
 * {@code edition.txt}: the plain parallel text. Blocks separated by one empty line: the title (Chinese line, English
 * line), the source line likewise, then each paragraph as three lines ({@code ¶n}, its Chinese with the dateline, its
 * English), and last, after a {@code ---} line, where the text comes from and under which terms. UTF-8, LF.
 */
final class EditionText {
  String of(EditionContent content, PlainText plain) {
    Article article = content.article();
    Translation translation = content.translation();
    EditionMeta meta = content.meta();
    StringJoiner blocks = new StringJoiner("\n\n", "", "\n");
    blocks.add(article.title() + "\n" + plain.of(Lines.single(translation, "title")));
    if (article.sourceLine() != null) {
      blocks.add(article.sourceLine().text() + "\n" + plain.of(Lines.single(translation, "source")));
    }
    for (Paragraph p : article.paragraphs()) {
      blocks.add("¶" + p.number() + "\n" + zh(p) + "\n" + en(p, translation, plain));
    }
    blocks.add("---\n" + meta.id() + ", version " + meta.version() + "; source: " + meta.sourceEn() + ", "
        + meta.sourceUrl() + "\n" + meta.licenceSource() + ".\n" + meta.licenceTranslation() + ".");
    return blocks.toString();
  }

  private static String zh(Paragraph p) {
    return p.dateline() == null ? p.zh() : p.dateline() + " " + p.zh();
  }

  private static String en(Paragraph p, Translation translation, PlainText plain) {
    StringJoiner text = new StringJoiner(" ");
    if (p.dateline() != null) {
      text.add(plain.of(Lines.single(translation, "dateline")));
    }
    Translation.Block block = translation.blocks().get(p.id());
    for (Sentence s : p.sentences()) {
      text.add(plain.of(block.lines().get(s.number() - 1).markdown()));
    }
    return text.toString();
  }
}
