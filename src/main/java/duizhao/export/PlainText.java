package duizhao.export;

import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import duizhao.markdown.Markdown;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Inline Markdown (an English line, a note) as plain text: emphasis and links reduced to their words, translator's
 * note references ({@code [^id]}) dropped, every run of white space one space. One instance serves one build: it
 * remembers what it converted, since several exports need the same lines.
 */
final class PlainText {
  private static final Pattern NOTE_REF = Pattern.compile("\\[\\^[^\\]\\s]+\\]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Text that Markdown leaves as it is: no inline markup, entity or escape, nothing that could open a block. */
  private static final Pattern LITERAL = Pattern.compile("[\\p{L}\"'‘’“”(][^\\\\`*_\\[\\]<>&!#~|{}=+]*");

  private final Markdown markdown;
  private final Map<String, String> converted = new HashMap<>();

  PlainText(Markdown markdown) {
    this.markdown = markdown;
  }

  String of(String inlineMarkdown) {
    if (inlineMarkdown == null || inlineMarkdown.isEmpty()) {
      return "";
    }
    return converted.computeIfAbsent(inlineMarkdown, this::convert);
  }

  private String convert(String inlineMarkdown) {
    String withoutNotes = NOTE_REF.matcher(inlineMarkdown).replaceAll("");
    if (LITERAL.matcher(withoutNotes).matches()) {
      // Most lines: parsing them would only give them back, at a hundred times the cost.
      return SPACES.matcher(withoutNotes).replaceAll(" ").strip();
    }
    return viaMarkdown(withoutNotes);
  }

  String viaMarkdown(String markdownText) {
    String text = new TextCollectingVisitor().collectAndGetText(markdown.parse("", markdownText).document());
    return SPACES.matcher(text).replaceAll(" ").strip();
  }
}
