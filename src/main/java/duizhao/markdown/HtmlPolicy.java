package duizhao.markdown;

import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * What raw HTML and which link targets content may use (docs/MARKUP.md). Everything here is an allow-list: a tag is
 * kept only when its name and every attribute are listed and it is closed among its siblings, and it is then written
 * anew from its parsed parts, never copied; a link is kept only when its scheme is http, https or mailto, or it has
 * none. All other raw HTML is shown as text, and other links keep only their text.
 */
final class HtmlPolicy {
  /** Inline elements and, for each, the attributes it may carry. */
  static final Map<String, Set<String>> TAGS = Map.of("em", Set.of(), "strong", Set.of(), "i", Set.of(), "b",
      Set.of(), "sub", Set.of(), "sup", Set.of(), "code", Set.of(), "abbr", Set.of("title"), "span", Set.of("lang"),
      "br", Set.of());
  static final List<String> TAG_LIST = List.of("em", "strong", "i", "b", "sub", "sup", "code", "abbr title=…",
      "span lang=…", "br");
  static final Set<String> URL_SCHEMES = Set.of("http", "https", "mailto");

  private static final String VOID = "br";
  private static final Pattern LANG = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*");
  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
  private static final Pattern INVISIBLE = Pattern.compile("[\\x00-\\x20\\x7F-\\x9F\\u00AD\\u200B-\\u200F\\u2028"
      + "\\u2029\\u2060-\\u2064\\uFEFF]");

  private HtmlPolicy() {}

  /** The tag when it is on the allow-list with allowed attributes and values; balance is checked separately. */
  static Optional<RawTag> allowed(String raw) {
    return RawTag.parse(raw).filter(HtmlPolicy::allowed);
  }

  private static boolean allowed(RawTag tag) {
    Set<String> attributes = TAGS.get(tag.name());
    if (attributes == null || tag.selfClosing() && !tag.name().equals(VOID)) {
      return false;
    }
    for (Map.Entry<String, String> a : tag.attributes().entrySet()) {
      if (!attributes.contains(a.getKey())) {
        return false;
      }
      if (a.getKey().equals("lang") && !LANG.matcher(decoded(a.getValue())).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The raw HTML tags among a node's children that are kept: allowed, and each opening tag closed by its own closing
   * tag among the same siblings, properly nested. An unclosed tag would otherwise run on into the rest of the page.
   */
  static Set<Node> keptTags(Node parent) {
    Set<Node> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Node> open = new ArrayDeque<>();
    Deque<String> names = new ArrayDeque<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (!(n instanceof HtmlInline)) {
        continue;
      }
      Optional<RawTag> tag = allowed(n.getChars().toString());
      if (tag.isEmpty()) {
        continue;
      }
      RawTag t = tag.get();
      if (t.name().equals(VOID)) {
        if (!t.closing()) {
          kept.add(n);
        }
      } else if (!t.closing()) {
        open.push(n);
        names.push(t.name());
      } else if (!names.isEmpty() && names.peek().equals(t.name())) {
        kept.add(open.pop());
        names.pop();
        kept.add(n);
      }
    }
    return kept;
  }

  /** The tag written anew: lowercase name, only allowed attributes, values decoded then escaped. */
  static String serialise(RawTag tag) {
    if (tag.closing()) {
      return "</" + tag.name() + ">";
    }
    StringBuilder out = new StringBuilder("<").append(tag.name());
    tag.attributes().forEach((k, v) -> out.append(' ').append(k).append("=\"").append(escape(decoded(v)))
        .append('"'));
    return out.append('>').toString();
  }

  /** Whether a link may point there: http, https, mailto, or no scheme at all (a relative link or a fragment). */
  static boolean isSafeUrl(String url) {
    String u = INVISIBLE.matcher(decoded(url)).replaceAll("");
    var scheme = SCHEME.matcher(u);
    if (scheme.find()) {
      return URL_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT));
    }
    // No plain scheme: still refuse anything that might be an encoded one before the first path character.
    int end = u.length();
    for (char c : new char[] {'/', '?', '#'}) {
      int at = u.indexOf(c);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    String head = u.substring(0, end);
    return head.indexOf(':') < 0 && head.indexOf('&') < 0 && head.indexOf('\\') < 0;
  }

  private static String decoded(String value) {
    return StringEscapeUtils.unescapeHtml4(value);
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
