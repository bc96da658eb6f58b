package duizhao.translation;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import duizhao.diagnostic.ContentException;
import duizhao.diagnostic.Diagnostic;
import duizhao.diagnostic.Diagnostics;
import duizhao.markdown.FrontMatter;
import duizhao.markdown.Markdown;
import duizhao.markdown.MarkdownFile;
import duizhao.model.SourceLocation;
import duizhao.model.Translation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code translation.en.md}: front matter, then {@code # key {speaker=id}} headings each followed by one line
 * per Chinese sentence, then translator's notes as footnote definitions ({@code [^id]: …}). Structure problems are
 * reported with the file's line; alignment with the Chinese is checked by {@link Alignment}.
 */
public final class TranslationParser {
  private static final Set<String> REQUIRED = Set.of("translator", "version", "date", "licence");
  private static final Set<String> OPTIONAL = Set.of("reviewer");
  private static final Pattern HEADING = Pattern.compile("^(title|source|dateline|p[1-9][0-9]*)(?:\\s+\\{speaker=([a-z0-9-]+)\\})?$");
  private static final Pattern LINE_SPEAKER = Pattern.compile("^\\{speaker=([a-z0-9-]+)\\}\\s*");
  private static final Pattern NOTE_REF = Pattern.compile("\\[\\^([^\\]\\s]+)\\]");

  private final Markdown markdown;

  public TranslationParser(Markdown markdown) {
    this.markdown = markdown;
  }

  public Translation parse(String file, String text) throws ContentException {
    MarkdownFile md = markdown.parse(file, text);
    Diagnostics problems = new Diagnostics();
    FrontMatter fm = markdown.frontMatter(md, REQUIRED, OPTIONAL, problems);
    Map<String, Translation.Block> blocks = new LinkedHashMap<>();
    Map<String, Translation.Note> notes = new LinkedHashMap<>();
    Map<String, String> noteTexts = new LinkedHashMap<>();
    Map<String, SourceLocation> noteDefinitions = new LinkedHashMap<>();
    Heading open = null;
    boolean skipping = false;
    String openKey = null;
    String openSpeaker = null;
    List<Translation.Line> openLines = new ArrayList<>();
    for (Node n = md.document().getFirstChild(); n != null; n = n.getNext()) {
      int line = md.lineOf(n.getStartOffset());
      if (n instanceof YamlFrontMatterBlock) {
        continue;
      }
      if (n instanceof Heading h) {
        close(md, blocks, open, openKey, openSpeaker, openLines, problems);
        open = h;
        skipping = false;
        openLines = new ArrayList<>();
        Matcher m = HEADING.matcher(h.getText().toString().strip());
        if (h.getLevel() != 1 || !m.matches()) {
          problems.add(Diagnostic.error(file, line, 1, "unexpected heading '" + h.getChars().toString().strip() + "'",
              md.line(line), "sections are '# title', '# source', '# dateline' and '# p1 {speaker=xi}' … '# pN'"));
          open = null;
          openKey = null;
          skipping = true;
          continue;
        }
        openKey = m.group(1);
        openSpeaker = m.group(2);
        if (blocks.containsKey(openKey)) {
          problems.add(Diagnostic.error(file, line, 1, "section '" + openKey + "' appears twice (first on line "
              + blocks.get(openKey).location().line() + ")", md.line(line), "keep one section per paragraph"));
          open = null;
          openKey = null;
          skipping = true;
        }
      } else if (n instanceof Paragraph && skipping) {
        continue; // the lines of a section already reported as wrong would only add follow-on errors
      } else if (n instanceof Paragraph p && open != null) {
        if (!openLines.isEmpty()) {
          problems.add(Diagnostic.error(file, line - 1, 1, "a blank line splits section '" + openKey + "'", "",
              "remove the blank line: a section's lines, one per Chinese sentence, follow each other"));
        }
        for (BasedSequence l : p.getContentLines()) {
          int at = md.lineOf(l.getStartOffset());
          String raw = l.toString().strip();
          Matcher sm = LINE_SPEAKER.matcher(raw);
          String speaker = sm.find() ? sm.group(1) : null;
          String body = speaker == null ? raw : raw.substring(sm.end()).strip();
          if (body.isEmpty()) {
            problems.add(Diagnostic.error(file, at, 1, "the line has no English", md.line(at),
                "write the sentence's translation after the speaker tag"));
          }
          Matcher refs = NOTE_REF.matcher(body);
          while (refs.find()) {
            noteTexts.putIfAbsent(refs.group(1), null);
          }
          openLines.add(new Translation.Line(body, speaker, new SourceLocation(file, at, 1)));
        }
      } else if (n instanceof FootnoteBlock fb) {
        String id = fb.getText().toString();
        if (noteDefinitions.containsKey(id)) {
          problems.add(Diagnostic.error(file, line, 1, "note [^" + id + "] is defined twice (first on line "
              + noteDefinitions.get(id).line() + ")", md.line(line), "keep one definition per note"));
          continue;
        }
        noteDefinitions.put(id, new SourceLocation(file, line, 1));
        String body = text.substring(fb.getChildChars().getStartOffset(), fb.getChildChars().getEndOffset());
        noteTexts.compute(id, (k, v) -> v);
        noteTexts.put(id, body.strip().replaceAll("\\s*\\n\\s*", " "));
      } else {
        problems.add(Diagnostic.error(file, line, 1,
            open == null ? "text outside any section" : "unexpected " + n.getNodeName() + " in section '" + openKey + "'",
            md.line(line), "sections hold plain lines of English, one per Chinese sentence; notes go at the end as"
                + " '[^id]: text'"));
      }
    }
    close(md, blocks, open, openKey, openSpeaker, openLines, problems);
    int number = 0;
    for (Map.Entry<String, String> e : orderOfReference(blocks, noteTexts).entrySet()) {
      SourceLocation def = noteDefinitions.get(e.getKey());
      if (def == null) {
        SourceLocation ref = firstReference(blocks, e.getKey());
        String refText = md.line(ref.line());
        int column = refText.indexOf("[^" + e.getKey() + "]");
        problems.add(Diagnostic.error(file, ref.line(), column < 0 ? 1 : refText.codePointCount(0, column) + 1,
            "note [^" + e.getKey() + "] is referenced but never defined", refText,
            "add a line '[^" + e.getKey() + "]: …' at the end of the file"));
        continue;
      }
      // A note nobody references is reported by Alignment, with the sections that may have lost the reference.
      notes.put(e.getKey(), new Translation.Note(e.getKey(), ++number, e.getValue(), def));
    }
    problems.throwIfErrors();
    Map<String, String> credits = new LinkedHashMap<>();
    fm.fields().values().forEach(f -> credits.put(f.key(), f.value()));
    return new Translation(file, credits, blocks, notes);
  }

  private static void close(MarkdownFile md, Map<String, Translation.Block> blocks, Heading open, String key,
      String speaker, List<Translation.Line> lines, Diagnostics problems) {
    if (open == null || key == null) {
      return;
    }
    int line = md.lineOf(open.getStartOffset());
    if (lines.isEmpty()) {
      problems.add(Diagnostic.error(md.file(), line, 1, "section '" + key + "' has no English", md.line(line),
          "write one line of English per Chinese sentence under the heading"));
    }
    blocks.put(key, new Translation.Block(key, speaker, lines, new SourceLocation(md.file(), line, 1)));
  }

  /** Notes in the order a reader meets their first reference; unreferenced definitions last. */
  private static Map<String, String> orderOfReference(Map<String, Translation.Block> blocks,
      Map<String, String> texts) {
    Map<String, String> ordered = new LinkedHashMap<>();
    for (Translation.Block b : blocks.values()) {
      for (Translation.Line l : b.lines()) {
        Matcher m = NOTE_REF.matcher(l.markdown());
        while (m.find()) {
          ordered.putIfAbsent(m.group(1), texts.get(m.group(1)));
        }
      }
    }
    texts.forEach(ordered::putIfAbsent);
    return ordered;
  }

  private static SourceLocation firstReference(Map<String, Translation.Block> blocks, String id) {
    for (Translation.Block b : blocks.values()) {
      for (Translation.Line l : b.lines()) {
        if (l.markdown().contains("[^" + id + "]")) {
          return l.location();
        }
      }
    }
    return null;
  }

  /** The note references in a line, in order. */
  public static List<String> noteReferences(String markdownLine) {
    List<String> ids = new ArrayList<>();
    Matcher m = NOTE_REF.matcher(markdownLine);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  static Pattern noteReferencePattern() {
    return NOTE_REF;
  }
}
