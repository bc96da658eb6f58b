package duizhao.markdown;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTML tag as written in content ({@code <abbr title="…">}, {@code </em>}, {@code <br/>}), read with a strict
 * grammar. Anything that does not fit it is not a tag to us, and is shown as text.
 *
 * @param name lowercase tag name
 * @param attributes lowercase names with their raw values (entities not decoded), in order
 */
record RawTag(String name, boolean closing, boolean selfClosing, Map<String, String> attributes) {
  private static final Pattern OPEN = Pattern.compile(
      "<([A-Za-z][A-Za-z0-9]*)((?:\\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*)"
          + "\\s*(/?)>");
  private static final Pattern ATTRIBUTE = Pattern.compile(
      "([A-Za-z_:][A-Za-z0-9_.:-]*)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");
  private static final Pattern CLOSE = Pattern.compile("</([A-Za-z][A-Za-z0-9]*)\\s*>");

  RawTag {
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  /** The tag, or empty when the text is not exactly one well-formed tag or repeats an attribute. */
  static Optional<RawTag> parse(String raw) {
    Matcher close = CLOSE.matcher(raw);
    if (close.matches()) {
      return Optional.of(new RawTag(close.group(1).toLowerCase(Locale.ROOT), true, false, Map.of()));
    }
    Matcher open = OPEN.matcher(raw);
    if (!open.matches()) {
      return Optional.empty();
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher a = ATTRIBUTE.matcher(open.group(2));
    while (a.find()) {
      String value = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4) != null
          ? a.group(4) : "";
      if (attributes.putIfAbsent(a.group(1).toLowerCase(Locale.ROOT), value) != null) {
        return Optional.empty();
      }
    }
    return Optional.of(new RawTag(open.group(1).toLowerCase(Locale.ROOT), false, !open.group(3).isEmpty(),
        attributes));
  }
}
