package duizhao.export;

import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import duizhao.markdown.Markdown;
import java.util.regex.Pattern;

/**
 * Inline Markdown (an English line, a note) as plain text: emphasis and links reduced to their words, translator's
 * note references ({@code [^id]}) dropped, every run of white space one space.
 */
final class PlainText {
  private static final Pattern NOTE_REF = Pattern.compile("\\[\\^[^\\]\\s]+\\]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Markdown markdown;

  PlainText(Markdown markdown) {
    this.markdown = markdown;
  }

  String of(String inlineMarkdown) {
    if (inlineMarkdown == null || inlineMarkdown.isEmpty()) {
      return "";
    }
    String withoutNotes = NOTE_REF.matcher(inlineMarkdown).replaceAll("");
    String text = new TextCollectingVisitor().collectAndGetText(markdown.parse("", withoutNotes).document());
    return SPACES.matcher(text).replaceAll(" ").strip();
  }
}
