package duizhao.view;

import duizhao.markdown.Markdown;
import duizhao.model.Translation;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Renders English lines and translator's notes. Note references ({@code [^id]}) are replaced by numbered superscript
 * links to the notes section; everything else goes through the one audited Markdown renderer. Chinese quoted in the
 * English is marked {@code lang="zh-Hans"}, so browsers pick Simplified Chinese glyphs and screen readers a Chinese
 * voice.
 */
final class EnglishRenderer {
  private static final Pattern NOTE_REF = Pattern.compile("\\[\\^([^\\]\\s]+)\\]");
  private static final char MARK_START = '\uE000';
  private static final char MARK_END = '\uE001';
  private static final Pattern HAN_RUN =
      Pattern.compile("\\p{IsHan}[\\p{IsHan}\\u3001\\u3002\\u300A-\\u300F\\uFF08\\uFF09\\uFF0C\\uFF1A\\uFF1B]*");

  private final Markdown markdown;
  private final Map<String, Translation.Note> notes;

  EnglishRenderer(Markdown markdown, Map<String, Translation.Note> notes) {
    this.markdown = markdown;
    this.notes = notes;
  }

  String line(String markdownLine) {
    // Private-use marks survive Markdown rendering untouched, so references can be put back after it.
    Matcher m = NOTE_REF.matcher(markdownLine);
    StringBuilder marked = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(marked, Matcher.quoteReplacement(MARK_START + m.group(1) + MARK_END));
    }
    m.appendTail(marked);
    String html = markdown.renderInline(marked.toString());
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < html.length()) {
      int start = html.indexOf(MARK_START, i);
      if (start < 0) {
        out.append(html, i, html.length());
        break;
      }
      int end = html.indexOf(MARK_END, start);
      out.append(html, i, start);
      out.append(reference(html.substring(start + 1, end)));
      i = end + 1;
    }
    return markChinese(out.toString());
  }

  String note(Translation.Note note) {
    return markChinese(markdown.renderInline(note.markdown()));
  }

  /** Wraps runs of Han characters in text (never inside a tag) in a span with the Chinese language tag. */
  static String markChinese(String html) {
    StringBuilder out = new StringBuilder(html.length() + 64);
    int i = 0;
    while (i < html.length()) {
      int tag = html.indexOf('<', i);
      int textEnd = tag < 0 ? html.length() : tag;
      Matcher m = HAN_RUN.matcher(html).region(i, textEnd);
      int at = i;
      while (m.find()) {
        out.append(html, at, m.start()).append("<span lang=\"zh-Hans\">").append(m.group()).append("</span>");
        at = m.end();
      }
      out.append(html, at, textEnd);
      if (tag < 0) {
        break;
      }
      int close = html.indexOf('>', tag);
      int tagEnd = close < 0 ? html.length() : close + 1;
      out.append(html, tag, tagEnd);
      i = tagEnd;
    }
    return out.toString();
  }

  static String noteAnchor(String id) {
    return "note-" + id;
  }

  private String reference(String id) {
    Translation.Note note = notes.get(id);
    String safe = StringEscapeUtils.escapeHtml4(id);
    return "<sup class=\"note-ref\"><a href=\"#" + noteAnchor(safe) + "\" aria-label=\"Translator’s note "
        + note.number() + "\">" + note.number() + "</a></sup>";
  }
}
