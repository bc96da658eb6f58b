package duizhao.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.HtmlInnerBlock;
import com.vladsch.flexmark.ast.HtmlInnerBlockComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * Renders every node that can carry raw HTML or a URL under {@link HtmlPolicy}: allowed tags are written anew,
 * other raw HTML is shown as text, comments are dropped, links with an unsafe target keep only their text, and images
 * show their alt text. Registered as an extension so its handlers take the place of flexmark's own.
 */
final class SafeHtmlRenderer implements NodeRenderer {
  private SafeHtmlRenderer() {}

  /** Plugs the renderer into flexmark. */
  static final class Extension implements HtmlRenderer.HtmlRendererExtension {
    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
      builder.nodeRendererFactory((DataHolder options) -> new SafeHtmlRenderer());
    }
  }

  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(
        new NodeRenderingHandler<>(HtmlInline.class, this::inline),
        new NodeRenderingHandler<>(HtmlInlineComment.class, (node, context, html) -> { }),
        new NodeRenderingHandler<>(HtmlBlock.class, this::block),
        new NodeRenderingHandler<>(HtmlInnerBlock.class, (node, context, html) -> html.text(text(node))),
        new NodeRenderingHandler<>(HtmlCommentBlock.class, (node, context, html) -> { }),
        new NodeRenderingHandler<>(HtmlInnerBlockComment.class, (node, context, html) -> { }),
        new NodeRenderingHandler<>(Link.class, (node, context, html) -> link(node.getUrl().unescape(), node,
            context)),
        new NodeRenderingHandler<>(LinkRef.class, (node, context, html) -> link(referenceUrl(node), node, context)),
        new NodeRenderingHandler<>(AutoLink.class, (node, context, html) -> {
          if (HtmlPolicy.isSafeUrl(node.getUrl().unescape())) {
            context.delegateRender();
          } else {
            html.text(node.getText().toString());
          }
        }),
        new NodeRenderingHandler<>(Image.class, (node, context, html) -> html.text(altText(node))),
        new NodeRenderingHandler<>(ImageRef.class, (node, context, html) -> html.text(altText(node))));
  }

  private void inline(HtmlInline node, NodeRendererContext context, HtmlWriter html) {
    if (HtmlPolicy.keptTags(node.getParent()).contains(node)) {
      html.raw(HtmlPolicy.serialise(HtmlPolicy.allowed(node.getChars().toString()).orElseThrow()));
    } else {
      html.text(text(node));
    }
  }

  private void block(HtmlBlock node, NodeRendererContext context, HtmlWriter html) {
    html.line();
    html.raw("<p>").text(text(node).strip()).raw("</p>");
    html.line();
  }

  private static void link(String url, Node node, NodeRendererContext context) {
    if (url != null && HtmlPolicy.isSafeUrl(url)) {
      context.delegateRender();
    } else {
      context.renderChildren(node);
    }
  }

  /** The target of a reference link, or null when the reference is undefined (flexmark then prints it as text). */
  static String referenceUrl(LinkRef node) {
    if (!node.isDefined()) {
      return "";
    }
    Reference reference = node.getReferenceNode(node.getDocument());
    return reference == null ? "" : reference.getUrl().unescape();
  }

  private static String altText(Node image) {
    return new TextCollectingVisitor().collectAndGetText(image);
  }

  private static String text(Node node) {
    return node.getChars().normalizeEOL();
  }
}
