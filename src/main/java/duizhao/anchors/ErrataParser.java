package duizhao.anchors;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.util.ast.Node;
import duizhao.diagnostic.ContentException;
import duizhao.diagnostic.Diagnostic;
import duizhao.diagnostic.DidYouMean;
import duizhao.diagnostic.Diagnostics;
import duizhao.markdown.Markdown;
import duizhao.markdown.MarkdownFile;
import duizhao.model.Erratum;
import duizhao.model.SourceLocation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses {@code errata.md}: an optional introduction, then one entry per correction, a {@code ## VERSION} heading
 * followed by a list of {@code - date:}, {@code - anchors:} ({@code none} or ids separated by commas),
 * {@code - change:} and {@code - reason:} (docs/ANCHORS.md).
 */
public final class ErrataParser {
  public static final String FILE = "errata.md";
  private static final List<String> FIELDS = List.of("date", "anchors", "change", "reason");
  private static final Pattern ANCHOR = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");
  private static final String FORMAT = "an erratum is '## 1.0.1' and the lines '- date: YYYY-MM-DD',"
      + " '- anchors: p3-s2, p3' (or none), '- change: …' and '- reason: …' (docs/ANCHORS.md)";

  private final Markdown markdown;

  public ErrataParser(Markdown markdown) {
    this.markdown = markdown;
  }

  public List<Erratum> parse(String file, String text) throws ContentException {
    MarkdownFile md = markdown.parse(file, text);
    Diagnostics problems = new Diagnostics();
    List<Erratum> errata = new ArrayList<>();
    Heading entry = null;
    Map<String, String> fields = new LinkedHashMap<>();
    Map<String, Integer> fieldLines = new LinkedHashMap<>();
    for (Node n = md.document().getFirstChild(); n != null; n = n.getNext()) {
      int line = md.lineOf(n.getStartOffset());
      if (n instanceof Heading h && h.getLevel() == 2) {
        add(md, entry, fields, fieldLines, errata, problems);
        entry = h;
        fields = new LinkedHashMap<>();
        fieldLines = new LinkedHashMap<>();
      } else if (entry == null) {
        continue; // the introduction, for readers of the file
      } else if (n instanceof BulletList list && fields.isEmpty()) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
          field(md, (ListItem) item, fields, fieldLines, problems);
        }
      } else {
        problems.add(Diagnostic.error(file, line, 1, "unexpected text in the erratum of line "
            + md.lineOf(entry.getStartOffset()), md.line(line), FORMAT));
      }
    }
    add(md, entry, fields, fieldLines, errata, problems);
    problems.throwIfErrors();
    return errata;
  }

  private static void field(MarkdownFile md, ListItem item, Map<String, String> fields,
      Map<String, Integer> lines, Diagnostics problems) {
    int line = md.lineOf(item.getStartOffset());
    String raw = item.getChildChars().toString().strip().replaceAll("\\s*\\n\\s*", " ");
    int colon = raw.indexOf(':');
    String key = colon < 0 ? raw : raw.substring(0, colon).strip();
    if (colon < 0 || !FIELDS.contains(key)) {
      problems.add(Diagnostic.error(md.file(), line, 3, "unknown erratum field '" + key + "'", md.line(line),
          DidYouMean.among(key, FIELDS).map(k -> "did you mean '" + k + "'? ").orElse("") + FORMAT));
    } else if (fields.containsKey(key)) {
      problems.add(Diagnostic.error(md.file(), line, 3, "erratum field '" + key + "' is repeated (first on line "
          + lines.get(key) + ")", md.line(line), "keep one line per field"));
    } else {
      fields.put(key, raw.substring(colon + 1).strip());
      lines.put(key, line);
    }
  }

  private static void add(MarkdownFile md, Heading heading, Map<String, String> fields, Map<String, Integer> lines,
      List<Erratum> errata, Diagnostics problems) {
    if (heading == null) {
      return;
    }
    int at = md.lineOf(heading.getStartOffset());
    String version = heading.getText().toString().strip();
    boolean ok = true;
    if (EditionVersion.parse(version).isEmpty()) {
      problems.add(Diagnostic.error(md.file(), at, 4, "erratum heading '" + version + "' is not an edition version",
          md.line(at), "head each erratum with the edition version that carries it, e.g. '## 1.0.1'"));
      ok = false;
    }
    List<String> missing = FIELDS.stream().filter(key -> fields.getOrDefault(key, "").isEmpty()).toList();
    if (!missing.isEmpty()) {
      problems.add(Diagnostic.error(md.file(), at, 1, "the erratum for " + version + " has no "
          + String.join(", no ", missing), md.line(at), FORMAT));
      ok = false;
    }
    LocalDate date = null;
    if (fields.containsKey("date")) {
      try {
        date = LocalDate.parse(fields.get("date"));
      } catch (DateTimeParseException e) {
        problems.add(Diagnostic.error(md.file(), lines.get("date"), 3, "erratum date '" + fields.get("date")
            + "' is not a valid date", md.line(lines.get("date")), "write dates as YYYY-MM-DD, e.g. 2024-02-01"));
        ok = false;
      }
    }
    List<String> anchors = new ArrayList<>();
    String listed = fields.getOrDefault("anchors", "");
    if (!listed.equals("none")) {
      for (String id : Arrays.stream(listed.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
        if (!ANCHOR.matcher(id).matches()) {
          problems.add(Diagnostic.error(md.file(), lines.get("anchors"), 3, "'" + id + "' is not an anchor id",
              md.line(lines.get("anchors")), "list anchor ids such as p3-s2, pillar-2, term-xi-jinping, or none"));
          ok = false;
        }
        anchors.add(id);
      }
    }
    if (ok) {
      errata.add(new Erratum(version, date, anchors, fields.get("change"), fields.get("reason"),
          new SourceLocation(md.file(), at, 1)));
    }
  }
}
