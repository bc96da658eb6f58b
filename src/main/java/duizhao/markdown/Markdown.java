package duizhao.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterNode;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import duizhao.diagnostic.Diagnostic;
import duizhao.diagnostic.DidYouMean;
import duizhao.diagnostic.Diagnostics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one flexmark {@link Parser} and {@link HtmlRenderer} of the build, made once and shared (both are immutable and
 * thread-safe once built), and the one audited place where content Markdown becomes HTML: raw HTML and link targets
 * pass only under {@link HtmlPolicy} (docs/MARKUP.md), and {@link #unsafeMarkup} names what was held back.
 */
public final class Markdown {
  private final Parser parser;
  private final HtmlRenderer renderer;

  private Markdown(Parser parser, HtmlRenderer renderer) {
    this.parser = parser;
    this.renderer = renderer;
  }

  public static Markdown create() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create(), FootnoteExtension.create(),
        new SafeHtmlRenderer.Extension()));
    // SafeHtmlRenderer renders every raw HTML node; should a node type slip past it, flexmark escapes it as text.
    options.set(HtmlRenderer.ESCAPE_HTML, true);
    options.set(HtmlRenderer.SOFT_BREAK, "\n");
    options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
    return new Markdown(Parser.builder(options).build(), HtmlRenderer.builder(options).build());
  }

  public MarkdownFile parse(String file, String text) {
    return new MarkdownFile(file, text.split("\n", -1), parser.parse(text));
  }

  /**
   * Warnings for each piece of raw HTML, link or image in the file that the renderer holds back, with its line (the
   * page stays safe either way, but the editor should know), and an error for nesting too deep to render.
   */
  public List<Diagnostic> unsafeMarkup(MarkdownFile md) {
    return UnsafeMarkup.find(md);
  }

  /** Renders a node to HTML through the audited renderer. */
  public String render(Node node) {
    return renderer.render(node);
  }

  /** Renders one line of inline Markdown (a sentence, a note) without the enclosing paragraph element. */
  public String renderInline(String markdownText) {
    String html = renderer.render(parser.parse(markdownText)).strip();
    if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
      html = html.substring(3, html.length() - 4);
    }
    return html;
  }

  /**
   * Reads and checks the front matter: every required key present, no unknown or repeated key. Problems go to
   * {@code problems} with the file's line.
   */
  public FrontMatter frontMatter(MarkdownFile md, Set<String> required, Set<String> optional,
      Diagnostics problems) {
    Node first = md.document().getFirstChild();
    if (String.join("", md.lines()).isBlank()) {
      problems.add(Diagnostic.error(md.file(), 0, 0, "the file is empty", "",
          "restore it; such a file starts with 'key: value' lines between two '---' lines (see README, \"Content\")"));
      return new FrontMatter(Map.of(), 0);
    }
    if (!md.line(1).strip().equals("---")) {
      problems.add(Diagnostic.error(md.file(), 1, 1, "the file has no front matter", md.line(1),
          "start the file with a block of 'key: value' lines between two '---' lines (see README, \"Content\")"));
      return new FrontMatter(Map.of(), 0);
    }
    if (closingFence(md) == 0 || !(first instanceof YamlFrontMatterBlock block)) {
      problems.add(Diagnostic.error(md.file(), 1, 1, "the front matter opened on line 1 is never closed",
          md.line(1), "end it with a line '---' after its last 'key: value' line"));
      return new FrontMatter(Map.of(), 0);
    }
    List<String> known = sorted(required, optional);
    Map<String, FrontMatter.Field> fields = new LinkedHashMap<>();
    for (Node n = block.getFirstChild(); n != null; n = n.getNext()) {
      if (!(n instanceof YamlFrontMatterNode node)) {
        continue;
      }
      int line = md.lineOf(node.getStartOffset());
      String key = node.getKey().strip();
      String value = String.join(", ", node.getValues()).strip();
      if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
          || value.startsWith("'") && value.endsWith("'"))) {
        value = value.substring(1, value.length() - 1);
      }
      if (!required.contains(key) && !optional.contains(key)) {
        problems.add(Diagnostic.error(md.file(), line, 1, "unknown front matter key '" + key + "'", md.line(line),
            DidYouMean.among(key, known).map(k -> "did you mean '" + k + "'? ").orElse("")
                + "known keys: " + String.join(", ", known)));
      } else if (fields.containsKey(key)) {
        problems.add(Diagnostic.error(md.file(), line, 1, "front matter key '" + key + "' is repeated (first on line "
            + fields.get(key).line() + ")", md.line(line), "keep one line per key"));
      } else {
        fields.put(key, new FrontMatter.Field(key, value, line));
      }
    }
    int end = md.lineOf(block.getEndOffset() - 1);
    for (String key : required.stream().sorted().toList()) {
      FrontMatter.Field field = fields.get(key);
      if (field == null) {
        problems.add(Diagnostic.error(md.file(), end, 1, "the front matter has no '" + key + "'", md.line(end),
            "add a line '" + key + ": …' before this closing '---'"));
      } else if (field.value().isEmpty()) {
        problems.add(Diagnostic.error(md.file(), field.line(), key.length() + 2, "front matter key '" + key
            + "' is empty", md.line(field.line()), "write its value after the colon"));
      }
    }
    return new FrontMatter(fields, end);
  }

  /** The line of the {@code ---} that closes front matter opened on line 1, or 0 when there is none. */
  private static int closingFence(MarkdownFile md) {
    for (int i = 2; i <= md.lines().length; i++) {
      String line = md.line(i).strip();
      if (line.equals("---") || line.equals("...")) {
        return i;
      }
    }
    return 0;
  }

  private static List<String> sorted(Set<String> a, Set<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).sorted().toList();
  }
}
