package duizhao.cite;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The three citation styles the page offers. Each cites the Xinhua original under its agency, with its Chinese title
 * and our English title in brackets, credits our translation and edition, and ends with the access URL.
 */
public enum CitationStyle {
  /** Chicago Manual of Style, 17th edition, bibliography form with a paragraph locator. */
  CHICAGO("Chicago", "para.") {
    @Override
    void write(Parts out, CitedWork w, Locator at) {
      out.text(w.author() + ". “" + w.titleZh() + "” [" + w.titleEn() + "]. " + w.site() + ", "
          + monthDayYear(w.published()) + ". Translated by " + w.translator() + ". " + CitedWork.SERIES
          + ", version " + w.version() + ", ");
      out.locatorOrNothing(at, this, ", ");
      out.url(w, at);
      out.text(".");
    }
  },
  /** APA 7th edition: the translator and the locator in the parenthesis after the title. */
  APA("APA", "para.") {
    @Override
    void write(Parts out, CitedWork w, Locator at) {
      out.text(w.author() + ". (" + w.published().getYear() + ", " + month(w.published()) + " "
          + w.published().getDayOfMonth() + "). ");
      out.italic(w.titleZh());
      out.text(" [" + w.titleEn() + "] (" + w.translator() + ", Trans.; " + CitedWork.SERIES + ", version "
          + w.version());
      if (at != null) {
        out.text(", ");
        out.locator(at, this);
      }
      out.text("). " + w.site() + ". ");
      out.url(w, at);
    }
  },
  /** MLA Handbook, 9th edition: the English title in headline case, abbreviated month. */
  MLA("MLA", "par.") {
    @Override
    void write(Parts out, CitedWork w, Locator at) {
      out.text(w.author() + ". “" + w.titleZh() + " [" + w.headlineEn() + "].” Translated by " + w.translator()
          + ", ");
      out.italic(w.site());
      out.text(", " + w.published().getDayOfMonth() + " " + mlaMonth(w.published()) + " " + w.published().getYear()
          + ". " + CitedWork.SERIES + ", version " + w.version() + ", ");
      out.locatorOrNothing(at, this, ", ");
      out.url(w, at);
      out.text(".");
    }
  };

  private final String label;
  private final String paragraphWord;

  CitationStyle(String label, String paragraphWord) {
    this.label = label;
    this.paragraphWord = paragraphWord;
  }

  /** The style's name as the page shows it. */
  public String label() {
    return label;
  }

  /** Cites a place in the edition, or the whole edition when {@code at} is null. */
  public Citation format(CitedWork work, Locator at) {
    Parts out = new Parts();
    write(out, work, at);
    return new Citation(this, out.parts);
  }

  abstract void write(Parts out, CitedWork work, Locator at);

  String locatorText(Locator at) {
    return at.text(paragraphWord);
  }

  private static String month(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String monthDayYear(LocalDate d) {
    return month(d) + " " + d.getDayOfMonth() + ", " + d.getYear();
  }

  /** MLA abbreviates months of more than four letters: Jan., Feb., Mar., Apr., May, June, July, Aug., Sept. … */
  private static String mlaMonth(LocalDate d) {
    String full = month(d);
    if (full.length() <= 4) {
      return full;
    }
    return (d.getMonthValue() == 9 ? "Sept" : full.substring(0, 3)) + ".";
  }

  /** Collects parts, merging neighbouring plain text. */
  static final class Parts {
    private final List<Citation.Part> parts = new ArrayList<>();

    void text(String s) {
      int last = parts.size() - 1;
      if (last >= 0 && parts.get(last).kind() == Citation.Kind.TEXT) {
        parts.set(last, Citation.Part.text(parts.get(last).text() + s));
      } else if (!s.isEmpty()) {
        parts.add(Citation.Part.text(s));
      }
    }

    void italic(String s) {
      parts.add(Citation.Part.italic(s));
    }

    void locator(Locator at, CitationStyle style) {
      String sentenceForm = at.sentence() == null ? style.locatorText(at.withSentenceSlot()) : null;
      parts.add(new Citation.Part(Citation.Kind.LOCATOR, style.locatorText(at), sentenceForm));
    }

    void locatorOrNothing(Locator at, CitationStyle style, String after) {
      if (at != null) {
        locator(at, style);
        text(after);
      }
    }

    void url(CitedWork w, Locator at) {
      String anchor = at == null ? null : at.anchor();
      String sentenceForm = at != null && at.sentence() == null ? w.url(at.withSentenceSlot().anchor()) : null;
      parts.add(new Citation.Part(Citation.Kind.URL, w.url(anchor), sentenceForm));
    }
  }
}
