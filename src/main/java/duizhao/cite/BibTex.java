package duizhao.cite;

import java.util.Locale;

/**
 * The edition as a BibTeX {@code @misc} record, readable by BibTeX and biblatex alike; {@code translator} and
 * {@code date} are biblatex fields that BibTeX ignores. Titles are double-braced so no style changes their case.
 */
public final class BibTex {
  private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
      "dec"};

  private BibTex() {}

  public static String of(CitedWork w) {
    StringBuilder b = new StringBuilder();
    b.append("@misc{").append(w.id()).append(",\n");
    field(b, "author", "{" + escape(w.author()) + "}");
    field(b, "title", "{" + escape(w.titleZh() + " [" + w.titleEn() + "]") + "}");
    field(b, "howpublished", escape(w.site()));
    field(b, "year", String.valueOf(w.published().getYear()));
    b.append("  month        = ").append(MONTHS[w.published().getMonthValue() - 1]).append(",\n");
    field(b, "date", w.published().toString());
    field(b, "language", "Chinese");
    field(b, "translator", "{" + escape(w.translator()) + "}");
    field(b, "edition", escape(CitedWork.SERIES + ", version " + w.version()));
    field(b, "note", escape("Chinese text with pinyin and an English translation by " + w.translator() + ". "
        + w.licence()));
    if (w.absolute()) {
      field(b, "url", w.pageUrl());
    }
    b.setLength(b.length() - 2);
    b.append("\n}\n");
    return b.toString();
  }

  private static void field(StringBuilder b, String name, String value) {
    b.append("  ").append(String.format(Locale.ROOT, "%-12s", name)).append(" = {").append(value).append("},\n");
  }

  /** Escapes the characters TeX treats specially; everything else (CJK, dashes) is left to a UTF-8 toolchain. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\textbackslash{}");
        case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
        case '~' -> out.append("\\textasciitilde{}");
        case '^' -> out.append("\\textasciicircum{}");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
