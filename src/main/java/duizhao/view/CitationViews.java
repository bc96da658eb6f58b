package duizhao.view;

import duizhao.cite.Citation;
import duizhao.cite.CitationStyle;
import duizhao.cite.CitedWork;
import duizhao.cite.Locator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Citations as the page prints them: the cite menu of the paragraphs and the edition's own citations. */
final class CitationViews {
  private final CitedWork work;

  CitationViews(CitedWork work) {
    this.work = work;
  }

  /** The cite menu, printed for paragraph {@code first} and carrying the forms for any paragraph. */
  CiteMenuView menu(int first) {
    Locator at = Locator.paragraph(first);
    Locator any = Locator.anyParagraph();
    List<CitationView> citations = Arrays.stream(CitationStyle.values())
        .map(s -> view(s.format(work, at), s.format(work, any))).toList();
    return new CiteMenuView("cite", "Cite ¶" + first, "Cite ¶" + Locator.PARAGRAPH_SLOT, at.anchor(),
        work.url(at.anchor()), work.url(any.anchor()), !work.absolute(), work.url(any.withSentenceSlot().anchor()),
        citations);
  }

  List<CitationView> edition() {
    return Arrays.stream(CitationStyle.values()).map(s -> view(s.format(work, null), null)).toList();
  }

  AnchorExample example(String anchor, String form, String meaning) {
    return new AnchorExample(form, meaning, "#" + anchor, work.url(anchor), !work.absolute());
  }

  /**
   * @param c the citation as printed
   * @param forms the same citation for any paragraph (same parts, with slots), or null where there is no locator
   */
  private CitationView view(Citation c, Citation forms) {
    List<CitationView.Part> parts = new ArrayList<>();
    for (int i = 0; i < c.parts().size(); i++) {
      Citation.Part p = c.parts().get(i);
      Citation.Part form = forms == null ? null : forms.parts().get(i);
      boolean slotted = p.kind() == Citation.Kind.LOCATOR || p.kind() == Citation.Kind.URL;
      parts.add(new CitationView.Part(p.kind() == Citation.Kind.ITALIC ? "i" : p.kind() == Citation.Kind.LOCATOR
          ? "loc" : p.kind().name().toLowerCase(Locale.ROOT), p.text(), form != null && slotted ? form.text() : null,
          form != null && slotted ? form.sentenceForm() : null, p.kind() == Citation.Kind.URL && !work.absolute()));
    }
    return new CitationView(c.style().name().toLowerCase(Locale.ROOT), c.style().label(), parts, c.text());
  }
}
