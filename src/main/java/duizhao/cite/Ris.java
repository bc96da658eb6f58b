package duizhao.cite;

import java.util.Locale;

/** The edition as an RIS record (type NEWS), with CR LF line ends as the format asks. */
public final class Ris {
  private Ris() {}

  public static String of(CitedWork w) {
    StringBuilder r = new StringBuilder();
    tag(r, "TY", "NEWS");
    tag(r, "AU", w.author());
    tag(r, "TI", w.titleZh());
    tag(r, "TT", w.titleEn());
    tag(r, "T2", w.site());
    tag(r, "PY", String.valueOf(w.published().getYear()));
    tag(r, "DA", String.format(Locale.ROOT, "%04d/%02d/%02d", w.published().getYear(),
        w.published().getMonthValue(), w.published().getDayOfMonth()));
    tag(r, "LA", "Chinese");
    tag(r, "A4", w.translator());
    tag(r, "ET", CitedWork.SERIES + ", version " + w.version());
    tag(r, "N1", "Chinese text with pinyin and an English translation by " + w.translator() + ". " + w.licence());
    if (w.absolute()) {
      tag(r, "UR", w.pageUrl());
    }
    r.append("ER  - \r\n");
    return r.toString();
  }

  private static void tag(StringBuilder r, String tag, String value) {
    r.append(tag).append("  - ").append(value.replaceAll("[\\r\\n]+", " ")).append("\r\n");
  }
}
