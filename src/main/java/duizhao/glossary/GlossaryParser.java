package duizhao.glossary;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Node;
import duizhao.diagnostic.ContentException;
import duizhao.diagnostic.Diagnostic;
import duizhao.diagnostic.Diagnostics;
import duizhao.markdown.FrontMatter;
import duizhao.markdown.Markdown;
import duizhao.markdown.MarkdownFile;
import duizhao.model.Glossary;
import duizhao.model.GlossaryEntry;
import duizhao.model.SourceLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses {@code glossary.md}: front matter, then per entry a {@code ## term-id} heading, a list of {@code key: value}
 * fields (zh, variants, en, official, category, related, pinyin) and a note paragraph. Every problem is reported with
 * its line; duplicates name both lines.
 */
public final class GlossaryParser {
  public static final List<String> CATEGORIES =
      List.of("formula", "person", "place", "institution", "event", "term");
  private static final Set<String> FIELDS = Set.of("zh", "variants", "en", "official", "category", "related",
      "pinyin");
  private static final Pattern ID = Pattern.compile("term-[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final String FORMAT_HINT = "an entry is '## term-id', a list of '- key: value' lines (zh, en, "
      + "category required), then a note paragraph (see README, \"Glossary format\")";

  private final Markdown markdown;

  public GlossaryParser(Markdown markdown) {
    this.markdown = markdown;
  }

  public Glossary parse(String file, String text) throws ContentException {
    MarkdownFile md = markdown.parse(file, text);
    Diagnostics problems = new Diagnostics();
    FrontMatter fm = markdown.frontMatter(md, Set.of("version", "licence"), Set.of(), problems);
    List<Draft> drafts = new ArrayList<>();
    Draft current = null;
    for (Node n = md.document().getFirstChild(); n != null; n = n.getNext()) {
      int line = md.lineOf(n.getStartOffset());
      if (n instanceof YamlFrontMatterBlock) {
        continue;
      }
      if (n instanceof Heading h && h.getLevel() == 2) {
        current = new Draft(h.getText().toString().strip(), line);
        drafts.add(current);
        if (!ID.matcher(current.id).matches()) {
          problems.add(Diagnostic.error(file, line, 4, "glossary id '" + current.id + "' is not of the form term-…",
              md.line(line), "use 'term-' and lowercase pinyin words joined by hyphens, e.g. term-xi-jinping"));
        }
      } else if (current == null) {
        problems.add(Diagnostic.error(file, line, 1, "text before the first entry", md.line(line), FORMAT_HINT));
      } else if (n instanceof BulletList list && current.fields.isEmpty() && current.note.isEmpty()) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
          field(md, current, (ListItem) item, problems);
        }
      } else if (n instanceof Paragraph p && current.note.isEmpty()) {
        current.note = text.substring(p.getStartOffset(), p.getEndOffset()).strip();
        current.noteLine = line;
      } else {
        problems.add(Diagnostic.error(file, line, 1, "unexpected " + describe(n) + " in entry " + current.id,
            md.line(line), FORMAT_HINT));
      }
    }
    List<GlossaryEntry> entries = entries(md, drafts, problems);
    problems.throwIfErrors();
    Map<String, String> credits = new LinkedHashMap<>();
    fm.fields().values().forEach(f -> credits.put(f.key(), f.value()));
    return new Glossary(file, credits, entries);
  }

  private static void field(MarkdownFile md, Draft entry, ListItem item, Diagnostics problems) {
    int line = md.lineOf(item.getStartOffset());
    String raw = item.getChildChars().toString().strip();
    int colon = raw.indexOf(':');
    String key = colon < 0 ? raw : raw.substring(0, colon).strip();
    String value = colon < 0 ? "" : raw.substring(colon + 1).strip().replaceAll("\\s*\\n\\s*", " ");
    if (colon < 0 || !FIELDS.contains(key)) {
      problems.add(Diagnostic.error(md.file(), line, 3, "unknown glossary field '" + key + "' in entry " + entry.id,
          md.line(line), "fields are: zh, variants, en, official, category, related, pinyin"));
    } else if (entry.fields.containsKey(key)) {
      problems.add(Diagnostic.error(md.file(), line, 3, "field '" + key + "' is repeated in entry " + entry.id
          + " (first on line " + entry.fieldLines.get(key) + ")", md.line(line), "keep one line per field"));
    } else {
      entry.fields.put(key, value);
      entry.fieldLines.put(key, line);
    }
  }

  private static List<GlossaryEntry> entries(MarkdownFile md, List<Draft> drafts, Diagnostics problems) {
    Map<String, Draft> byId = new HashMap<>();
    Map<String, Draft> byForm = new HashMap<>();
    for (Draft d : drafts) {
      Draft twin = byId.putIfAbsent(d.id, d);
      if (twin != null) {
        problems.add(Diagnostic.error(md.file(), d.line, 4, "duplicate glossary id " + d.id + " (also on line "
            + twin.line + ")", md.line(d.line), "give each entry its own id, or merge the two entries"));
      }
    }
    List<GlossaryEntry> entries = new ArrayList<>();
    for (Draft d : drafts) {
      for (String key : List.of("zh", "en", "category")) {
        if (d.fields.getOrDefault(key, "").isEmpty()) {
          int line = d.fieldLines.getOrDefault(key, d.line);
          problems.add(Diagnostic.error(md.file(), line, 1, "entry " + d.id + " has no " + key, md.line(line),
              "add '- " + key + ": …' to the entry's list"));
        }
      }
      if (d.note.isEmpty()) {
        problems.add(Diagnostic.error(md.file(), d.line, 1, "entry " + d.id + " has no note", md.line(d.line),
            "write one to three sentences of context after the entry's list"));
      }
      String category = d.fields.getOrDefault("category", "");
      if (!category.isEmpty() && !CATEGORIES.contains(category)) {
        int line = d.fieldLines.get("category");
        problems.add(Diagnostic.error(md.file(), line, 1, "unknown category '" + category + "' in entry " + d.id,
            md.line(line), "categories are: " + String.join(", ", CATEGORIES)));
      }
      List<String> forms = new ArrayList<>();
      String zh = d.fields.getOrDefault("zh", "");
      if (!zh.isEmpty()) {
        forms.add(zh);
      }
      forms.addAll(list(d.fields.getOrDefault("variants", ""), "\\|"));
      for (String form : forms) {
        Draft twin = byForm.putIfAbsent(form, d);
        if (twin != null && twin != d) {
          int line = d.fieldLines.getOrDefault(form.equals(zh) ? "zh" : "variants", d.line);
          problems.add(Diagnostic.error(md.file(), line, 1, "the form " + form + " of " + d.id
              + " is already an entry: " + twin.id + " (line " + twin.line + ")", md.line(line),
              "merge the two entries, or drop the duplicate form"));
        }
      }
      List<String> related = list(d.fields.getOrDefault("related", ""), ",");
      entries.add(new GlossaryEntry(d.id, forms, d.fields.getOrDefault("en", ""),
          d.fields.getOrDefault("official", ""), category, related, d.fields.getOrDefault("pinyin", ""), d.note,
          new SourceLocation(md.file(), d.line, 1)));
    }
    for (Draft d : drafts) {
      for (String r : list(d.fields.getOrDefault("related", ""), ",")) {
        if (!byId.containsKey(r) || r.equals(d.id)) {
          int line = d.fieldLines.get("related");
          problems.add(Diagnostic.error(md.file(), line, 1, "entry " + d.id + " relates to " + r
              + (r.equals(d.id) ? ", itself" : ", which is not in the glossary"), md.line(line),
              "list ids of other entries, separated by commas"));
        }
      }
    }
    return entries;
  }

  private static List<String> list(String value, String separator) {
    if (value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String describe(Node n) {
    return n instanceof Heading h ? "level-" + h.getLevel() + " heading" : n instanceof Paragraph ? "second note "
        + "paragraph" : n.getNodeName();
  }

  /** An entry as read so far. */
  private static final class Draft {
    final String id;
    final int line;
    final Map<String, String> fields = new LinkedHashMap<>();
    final Map<String, Integer> fieldLines = new HashMap<>();
    String note = "";
    int noteLine;

    Draft(String id, int line) {
      this.id = id;
      this.line = line;
    }
  }
}
