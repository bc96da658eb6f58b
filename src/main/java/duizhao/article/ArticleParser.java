package duizhao.article;

import duizhao.diagnostic.ContentException;
import duizhao.diagnostic.Diagnostic;
import duizhao.diagnostic.Diagnostics;
import duizhao.model.Article;
import duizhao.model.Paragraph;
import duizhao.model.Repair;
import duizhao.model.Sentence;
import duizhao.model.SourceLine;
import duizhao.model.SourceLocation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Xinhua-style readout as extracted from the web: a title block, an optional source line
 * ({@code 2023年11月16日来源：新华网}), then body paragraphs separated by blank lines, the first opening with a dateline.
 *
 * <p>The text was hard-wrapped by an earlier extraction, so lines of a block join with no space (Chinese has none at
 * a wrap). A block that stops mid-sentence continues in the next block (a false paragraph break). Stray spaces next
 * to Chinese characters (“50 年”) are removed. Every such repair is recorded in {@link Article#repairs()}.
 */
public final class ArticleParser {
  /** {@code 2023年11月16日来源：新华网}; news sites often print the time too ({@code 2023年11月16日 08:20 来源：…}). */
  private static final Pattern SOURCE_LINE = Pattern.compile(
      "^(\\d{4})年(\\d{1,2})月(\\d{1,2})日(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*来源[：:]\\s*(\\S.*)$");
  private static final Pattern SOURCE_LINE_START = Pattern.compile("^\\d{4}年\\d{1,2}月\\d{1,2}日[^。！？]*来源[：:]");
  private static final Pattern NAMES_A_SOURCE = Pattern.compile("来源[：:]");
  /** {@code 新华社旧金山11月15日电}, optionally with the reporters: {@code 新华社北京11月15日电（记者张三）}. */
  private static final Pattern DATELINE = Pattern.compile(
      "^(\\p{IsHan}{1,6}社\\p{IsHan}{1,12}\\d{1,2}月\\d{1,2}日电)(?:[ \\u3000]*(（[^）]{0,40}）))?[ \\u3000]*");

  private final String file;
  private final Diagnostics problems = new Diagnostics();
  private final List<Repair> repairs = new ArrayList<>();
  private final String[] rawLines;

  private ArticleParser(String file, String text) {
    this.file = file;
    this.rawLines = text.split("\n", -1);
  }

  /**
   * @param file the file name to report in diagnostics
   * @param text the decoded text (see {@code SourceDecoder}): LF line endings, no BOM
   * @param sha256 the digest of the file's bytes, recorded in the article
   */
  public static Article parse(String file, String text, String sha256) throws ContentException {
    return new ArticleParser(file, text).parse(sha256);
  }

  private Article parse(String sha256) throws ContentException {
    List<SourceBlock> blocks = blocks();
    if (blocks.isEmpty()) {
      String what = rawLines.length == 1 && rawLines[0].isEmpty() ? "the source text is empty"
          : "the source text holds only blank lines and spaces";
      throw ContentException.of(Diagnostic.error(file, 0, 0, what, "",
          "the file must hold the readout: a title, a blank line, then its paragraphs"));
    }
    PositionedText title = removeStraySpaces(joined(blocks.get(0)));
    boolean runIn = false;
    if (DATELINE.matcher(blocks.get(0).lines().get(0).text()).lookingAt()) {
      problems.add(error(title.locationAt(0), "the text has no title: its first block is the dateline paragraph",
          "put the headline on the first line, followed by a blank line"));
    } else {
      runIn = checkNoRunIn(blocks.get(0), "title", true);
    }
    int next = 1;
    SourceLine sourceLine = null;
    if (blocks.size() > 1) {
      sourceLine = sourceLine(joined(blocks.get(1)));
      if (sourceLine != null) {
        next = 2;
        runIn |= checkNoRunIn(blocks.get(1), "source line", false);
      }
    }
    List<PositionedText> bodies = joinFalseBreaks(blocks.subList(next, blocks.size()));
    if (next == blocks.size() && !runIn) {
      problems.add(Diagnostic.error(file, blocks.get(blocks.size() - 1).lastLine(), 1,
          "the text has a title but no body paragraphs", lineText(blocks.get(blocks.size() - 1).lastLine()),
          "separate the paragraphs from the title and from each other by blank lines"));
    }
    List<Paragraph> paragraphs = paragraphs(bodies);
    checkPillars(paragraphs);
    problems.throwIfErrors();
    return new Article(title.toString(), title.locationAt(0), sourceLine, paragraphs, repairs, sha256);
  }

  private List<SourceBlock> blocks() {
    List<SourceBlock> blocks = new ArrayList<>();
    List<SourceBlock.SourceLineText> current = new ArrayList<>();
    for (int i = 0; i < rawLines.length; i++) {
      String raw = rawLines[i];
      int start = 0;
      while (start < raw.length() && isSpace(raw.charAt(start))) {
        start++;
      }
      int end = raw.length();
      while (end > start && isSpace(raw.charAt(end - 1))) {
        end--;
      }
      if (start == end) {
        if (!current.isEmpty()) {
          blocks.add(new SourceBlock(current));
          current = new ArrayList<>();
        }
        continue;
      }
      int column = raw.codePointCount(0, start) + 1;
      current.add(new SourceBlock.SourceLineText(i + 1, column, raw.substring(start, end)));
    }
    if (!current.isEmpty()) {
      blocks.add(new SourceBlock(current));
    }
    return blocks;
  }

  private PositionedText joined(SourceBlock block) {
    PositionedText text = new PositionedText(file);
    text.append(block);
    return text;
  }

  /**
   * A title or source line directly followed by the next part, with no blank line between, would silently swallow
   * it (lines of a block are joined): such a line is an error.
   *
   * @return whether it found one
   */
  private boolean checkNoRunIn(SourceBlock block, String what, boolean sourceLineToo) {
    List<SourceBlock.SourceLineText> lines = block.lines();
    for (int i = 1; i < lines.size(); i++) {
      StringBuilder rest = new StringBuilder();
      lines.subList(i, lines.size()).forEach(l -> rest.append(l.text()));
      boolean dateline = DATELINE.matcher(rest).lookingAt();
      if (dateline || sourceLineToo && SOURCE_LINE_START.matcher(rest).lookingAt()) {
        SourceBlock.SourceLineText at = lines.get(i);
        problems.add(Diagnostic.error(file, at.line(), at.column(), "a blank line is missing between the " + what
                + " and the " + (dateline ? "dateline paragraph" : "source line"), lineText(at.line()),
            "put a blank line after the " + what));
        return true;
      }
    }
    return false;
  }

  private SourceLine sourceLine(PositionedText text) {
    Matcher m = SOURCE_LINE.matcher(text.toString());
    if (!m.matches()) {
      if (NAMES_A_SOURCE.matcher(text.toString()).find() && !SentenceSplitter.endsSentence(text.toString())) {
        problems.add(error(text.locationAt(0), "the line under the title names a source but is not a source line"
            + " of the form 2023年11月16日来源：新华网", "copy the date and source as the original page shows them;"
            + " a time may follow the date (2023年11月16日 08:20来源：新华网)"));
      }
      return null;
    }
    SourceLocation at = text.locationAt(0);
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
      return new SourceLine(text.toString(), date, m.group(4).strip(), at);
    } catch (DateTimeException e) {
      problems.add(error(at, "the source line has an impossible date: " + m.group(1) + "-" + m.group(2) + "-"
          + m.group(3), "write the publication date as it appears on the original page, e.g. 2023年11月16日"));
      return null;
    }
  }

  /** A block that stops mid-sentence is not a paragraph end: it continues in the next block. */
  private List<PositionedText> joinFalseBreaks(List<SourceBlock> blocks) {
    List<PositionedText> paragraphs = new ArrayList<>();
    PositionedText current = null;
    SourceBlock previous = null;
    for (SourceBlock block : blocks) {
      if (current == null && !paragraphs.isEmpty() && SentenceSplitter.isEndMark(joined(block).toString())) {
        paragraphs.get(paragraphs.size() - 1).append(joined(block));
        repairs.add(new Repair(new SourceLocation(file, block.firstLine(), 1),
            "joined the end mark on line " + block.firstLine() + " to the paragraph before it"));
        previous = block;
        continue;
      }
      if (current == null) {
        current = joined(block);
      } else {
        repairs.add(new Repair(new SourceLocation(file, previous.lastLine(), 1),
            "joined a false paragraph break between lines " + previous.lastLine() + " and " + block.firstLine()));
        current.append(joined(block));
      }
      previous = block;
      if (SentenceSplitter.endsSentence(current.toString())) {
        paragraphs.add(current);
        current = null;
      }
    }
    if (current != null) {
      SourceBlock.SourceLineText last = previous.lines().get(previous.lines().size() - 1);
      problems.add(Diagnostic.error(file, last.line(), last.column() + last.text().codePointCount(0,
              last.text().length()),
          "the text ends mid-sentence: the last paragraph has no closing 。！ or ？", lineText(last.line()),
          "the file looks truncated; copy the whole readout again from the original"));
    }
    return paragraphs;
  }

  private List<Paragraph> paragraphs(List<PositionedText> bodies) {
    List<Paragraph> paragraphs = new ArrayList<>();
    for (PositionedText body : bodies) {
      int number = paragraphs.size() + 1;
      String dateline = null;
      PositionedText text = body;
      if (number == 1) {
        Matcher m = DATELINE.matcher(body.toString());
        if (m.find()) {
          dateline = m.group(2) == null ? m.group(1) : m.group(1) + m.group(2);
          if (m.group(2) != null && m.end(1) < m.start(2)) {
            SourceLocation at = body.locationAt(m.end(1));
            repairs.add(new Repair(at, "removed a stray space at line " + at.line() + ", column " + at.column()));
          }
          text = body.slice(m.end(), body.length());
        }
      }
      text = removeStraySpaces(text);
      Integer pillar = ChineseOrdinal.atStartOf(text.toString()).orElse(null);
      paragraphs.add(new Paragraph(number, pillar, dateline, sentences(number, text), body.locationAt(0)));
    }
    return paragraphs;
  }

  private List<Sentence> sentences(int paragraph, PositionedText text) {
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    for (int end : SentenceSplitter.ends(text.toString())) {
      int number = sentences.size() + 1;
      sentences.add(new Sentence("p" + paragraph + "-s" + number, number, text.slice(start, end).toString(),
          text.locationAt(start)));
      start = end;
    }
    return sentences;
  }

  /** Spaces touching a Chinese character or full-width mark are extraction debris (“50 年”): Chinese uses none. */
  private PositionedText removeStraySpaces(PositionedText text) {
    String s = text.toString();
    List<Integer> drop = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      if (!isSpace(s.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < s.length() && isSpace(s.charAt(end))) {
        end++;
      }
      boolean cjkBefore = i > 0 && isChinese(s.codePointBefore(i));
      boolean cjkAfter = end < s.length() && isChinese(s.codePointAt(end));
      if (cjkBefore || cjkAfter) {
        for (int k = i; k < end; k++) {
          drop.add(k);
        }
        SourceLocation at = text.locationAt(i);
        repairs.add(new Repair(at, "removed a stray space at line " + at.line() + ", column " + at.column()));
      }
      i = end;
    }
    return drop.isEmpty() ? text : text.without(drop.stream().mapToInt(Integer::intValue).toArray());
  }

  private void checkPillars(List<Paragraph> paragraphs) {
    Paragraph previous = null;
    for (Paragraph p : paragraphs) {
      if (p.pillar() == null) {
        continue;
      }
      int expected = previous == null ? 1 : previous.pillar() + 1;
      boolean adjacent = previous == null || previous.number() + 1 == p.number();
      if (p.pillar() != expected || !adjacent) {
        String what = previous == null
            ? "the numbered points start with " + ChineseOrdinal.label(p.pillar()) + " instead of 一是"
            : adjacent
                ? "numbered point " + ChineseOrdinal.label(p.pillar()) + " follows "
                    + ChineseOrdinal.label(previous.pillar()) + ": expected " + ChineseOrdinal.label(expected)
                : "numbered point " + ChineseOrdinal.label(p.pillar()) + " is not in the paragraph after "
                    + ChineseOrdinal.label(previous.pillar()) + " (paragraph " + previous.number() + ")";
        problems.add(error(p.location(), what,
            "numbered points (一是, 二是 …) must be consecutive paragraphs numbered from 一是; check for a missing"
                + " or repeated point"));
      }
      previous = p;
    }
  }

  private Diagnostic error(SourceLocation at, String message, String hint) {
    return Diagnostic.error(file, at.line(), at.column(), message, lineText(at.line()), hint);
  }

  private String lineText(int line) {
    return line >= 1 && line <= rawLines.length ? rawLines[line - 1] : "";
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\uFEFF' || c == '\f';
  }

  private static boolean isChinese(int cp) {
    if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
      return true;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
    return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || cp == '“' || cp == '”' || cp == '‘' || cp == '’' || cp == '…' || cp == '—';
  }
}
