package duizhao.markdown;

import java.util.Map;
import java.util.Optional;

/**
 * The {@code key: value} lines between the {@code ---} fences at the top of a Markdown content file.
 *
 * @param fields each key with its value and the line it stood on
 * @param endLine the line of the closing fence (0 when the file had no front matter)
 */
public record FrontMatter(Map<String, Field> fields, int endLine) {
  public FrontMatter {
    fields = Map.copyOf(fields);
  }

  /** One front matter line. */
  public record Field(String key, String value, int line) {}

  public Optional<Field> field(String key) {
    return Optional.ofNullable(fields.get(key));
  }

  public String value(String key) {
    Field f = fields.get(key);
    return f == null ? "" : f.value();
  }
}
