package duizhao.site;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The files of a built site, in memory, by relative path. Paths are checked on the way in: no absolute paths, no
 * {@code ..}, no odd characters, so nothing derived from content can land outside the output folder.
 */
public final class SiteFiles {
  private static final Pattern SAFE_PATH =
      Pattern.compile("(?:[A-Za-z0-9_][A-Za-z0-9._-]*/)*[A-Za-z0-9_.][A-Za-z0-9._-]*");

  private final Map<String, byte[]> files = new TreeMap<>();

  public void add(String path, String text) {
    add(path, text.getBytes(StandardCharsets.UTF_8));
  }

  public void add(String path, byte[] bytes) {
    if (!isSafe(path)) {
      throw new IllegalArgumentException("unsafe output path: " + path);
    }
    if (files.putIfAbsent(path, bytes) != null) {
      throw new IllegalArgumentException("two outputs share the path " + path);
    }
  }

  public static boolean isSafe(String path) {
    if (!SAFE_PATH.matcher(path).matches()) {
      return false;
    }
    for (String part : path.split("/")) {
      if (part.equals(".") || part.equals("..")) {
        return false;
      }
    }
    return true;
  }

  public Map<String, byte[]> all() {
    return Collections.unmodifiableMap(files);
  }

  public byte[] get(String path) {
    return files.get(path);
  }
}
