package duizhao.anchors;

import duizhao.model.Article;
import duizhao.model.Glossary;
import duizhao.model.GlossaryEntry;
import duizhao.model.Paragraph;
import duizhao.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * The one list of anchors an edition publishes, in page order, each with the text it points to: {@code title}; per
 * paragraph {@code pillar-N} (its paragraph's text) and {@code pN} (dateline included), then its sentences
 * {@code pN-sM}; then the glossary's {@code term-…} (the entry's Chinese form). A new kind of anchor is added here,
 * and nowhere else, so that the manifest and the check cover it.
 */
public final class PublishedAnchors {
  private PublishedAnchors() {}

  public static List<Anchor> of(Article article, Glossary glossary) {
    List<Anchor> anchors = new ArrayList<>();
    anchors.add(new Anchor("title", article.title(), null, article.titleLocation()));
    for (Paragraph p : article.paragraphs()) {
      String text = (p.dateline() == null ? "" : p.dateline() + " ") + p.zh();
      if (p.pillarId() != null) {
        anchors.add(new Anchor(p.pillarId(), text, null, p.location()));
      }
      anchors.add(new Anchor(p.id(), text, p.pillarId(), p.location()));
      for (Sentence s : p.sentences()) {
        anchors.add(new Anchor(s.id(), s.zh(), p.id(), s.location()));
      }
    }
    for (GlossaryEntry e : glossary.entries()) {
      anchors.add(new Anchor(e.id(), e.zh(), null, e.location()));
    }
    return List.copyOf(anchors);
  }
}
