package duizhao.view;

import duizhao.cite.Citation;
import duizhao.cite.CitationStyle;
import duizhao.cite.CitedWork;
import duizhao.cite.Locator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Citations as the page prints them: the cite menu of each paragraph and the edition's own citations. */
final class CitationViews {
  private final CitedWork work;

  CitationViews(CitedWork work) {
    this.work = work;
  }

  CiteMenuView menu(int paragraph) {
    Locator at = Locator.paragraph(paragraph);
    List<CitationView> citations = Arrays.stream(CitationStyle.values()).map(s -> view(s.format(work, at))).toList();
    return new CiteMenuView("cite-" + at.anchor(), "Cite ¶" + paragraph, "Paragraph " + paragraph + ": cite or link",
        work.url(at.anchor()), !work.absolute(), work.url(at.withSentenceSlot().anchor()), citations);
  }

  List<CitationView> edition() {
    return Arrays.stream(CitationStyle.values()).map(s -> view(s.format(work, null))).toList();
  }

  AnchorExample example(String anchor, String form, String meaning) {
    return new AnchorExample(form, meaning, "#" + anchor, work.url(anchor), !work.absolute());
  }

  private CitationView view(Citation c) {
    List<CitationView.Part> parts = c.parts().stream()
        .map(p -> new CitationView.Part(p.kind() == Citation.Kind.ITALIC ? "i" : p.kind() == Citation.Kind.LOCATOR
            ? "loc" : p.kind().name().toLowerCase(Locale.ROOT), p.text(), p.sentenceForm(),
            p.kind() == Citation.Kind.URL && !work.absolute()))
        .toList();
    return new CitationView(c.style().name().toLowerCase(Locale.ROOT), c.style().label(), parts, c.text());
  }
}
