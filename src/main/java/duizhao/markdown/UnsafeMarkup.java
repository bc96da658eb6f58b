package duizhao.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.util.ast.Node;
import duizhao.diagnostic.Diagnostic;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Finds what {@link SafeHtmlRenderer} will neutralise in a Markdown file, and says so with the file's line, so that an
 * editor learns why a tag shows as text or a link lost its target (warnings); same decisions as the renderer, as both
 * ask {@link HtmlPolicy}. Nesting too deep to render is an error.
 */
final class UnsafeMarkup {
  private static final String TAG_HINT = "allowed HTML: " + String.join(", ", HtmlPolicy.TAG_LIST)
      + "; write links and emphasis in Markdown (docs/MARKUP.md)";
  private static final String LINK_HINT = "links may use http, https or mailto, or be relative (docs/MARKUP.md)";
  private static final int QUOTE = 60;
  static final int MAX_DEPTH = 64;

  private final MarkdownFile md;
  private final List<Diagnostic> warnings = new ArrayList<>();

  private UnsafeMarkup(MarkdownFile md) {
    this.md = md;
  }

  static List<Diagnostic> find(MarkdownFile md) {
    UnsafeMarkup check = new UnsafeMarkup(md);
    check.visitAll(md.document());
    return check.warnings;
  }

  /**
   * Walks the tree without recursion, and refuses nesting deeper than {@link #MAX_DEPTH}: content never needs it,
   * and the renderer, which does recurse, would run out of stack on it.
   */
  private void visitAll(Node root) {
    Deque<Node> parents = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    parents.push(root);
    depths.push(0);
    while (!parents.isEmpty()) {
      Node parent = parents.pop();
      int depth = depths.pop();
      if (depth > MAX_DEPTH) {
        int line = md.lineOf(parent.getStartOffset());
        warnings.add(Diagnostic.error(md.file(), line, md.columnOf(parent.getStartOffset()), "the Markdown here"
            + " nests more than " + MAX_DEPTH + " levels deep (quotes, lists, emphasis or links inside each other)",
            md.line(line), "simplify the markup"));
        return;
      }
      visit(parent);
      List<Node> children = new ArrayList<>();
      for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
        children.add(n);
      }
      for (int i = children.size() - 1; i >= 0; i--) {
        parents.push(children.get(i));
        depths.push(depth + 1);
      }
    }
  }

  private void visit(Node parent) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof HtmlInline html) {
        inline(html);
      } else if (n instanceof HtmlBlock) {
        warn(n, "raw HTML block " + quote(n) + " is not allowed: it is shown as text", TAG_HINT);
      } else if (n instanceof Link link) {
        link(n, link.getUrl().unescape());
      } else if (n instanceof LinkRef ref) {
        link(n, SafeHtmlRenderer.referenceUrl(ref));
      } else if (n instanceof AutoLink auto) {
        link(n, auto.getUrl().unescape());
      } else if (n instanceof Image || n instanceof ImageRef) {
        warn(n, "images are not shown: " + quote(n) + " prints only its description", "remove the image");
      }
    }
  }

  private void inline(HtmlInline node) {
    String raw = node.getChars().toString();
    Optional<RawTag> tag = HtmlPolicy.allowed(raw);
    if (tag.isEmpty()) {
      warn(node, "raw HTML " + quote(node) + " is not allowed: it is shown as text", TAG_HINT);
    } else if (!HtmlPolicy.keptTags(node.getParent()).contains(node)) {
      String what = tag.get().closing() ? "closes no open <" + tag.get().name() + ">"
          : "is not closed by </" + tag.get().name() + "> in the same line or span";
      warn(node, quote(node) + " " + what + ": it is shown as text", "open and close each tag around the same text");
    }
  }

  private void link(Node node, String url) {
    if (!HtmlPolicy.isSafeUrl(url)) {
      warn(node, "link target '" + clip(url) + "' is not allowed: only the link's text is shown", LINK_HINT);
    }
  }

  private void warn(Node node, String message, String hint) {
    int line = md.lineOf(node.getStartOffset());
    warnings.add(Diagnostic.warning(md.file(), line, md.columnOf(node.getStartOffset()), message, md.line(line),
        hint));
  }

  private static String quote(Node node) {
    return clip(node.getChars().toString().strip());
  }

  private static String clip(String text) {
    String oneLine = text.replaceAll("\\s+", " ");
    return oneLine.length() > QUOTE ? oneLine.substring(0, QUOTE) + "…" : oneLine;
  }
}
