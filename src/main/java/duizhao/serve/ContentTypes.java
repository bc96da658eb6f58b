package duizhao.serve;

import java.util.Locale;
import java.util.Map;

/** The Content-Type of a site file by its extension; text types name their charset (the build writes UTF-8). */
final class ContentTypes {
  private static final String UTF8 = "; charset=utf-8";
  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      Map.entry("html", "text/html" + UTF8),
      Map.entry("css", "text/css" + UTF8),
      Map.entry("js", "text/javascript" + UTF8),
      Map.entry("json", "application/json" + UTF8),
      Map.entry("txt", "text/plain" + UTF8),
      Map.entry("md", "text/markdown" + UTF8),
      Map.entry("tsv", "text/tab-separated-values" + UTF8),
      Map.entry("csv", "text/csv" + UTF8),
      Map.entry("bib", "application/x-bibtex" + UTF8),
      Map.entry("ris", "application/x-research-info-systems" + UTF8),
      Map.entry("xml", "application/xml" + UTF8),
      Map.entry("svg", "image/svg+xml" + UTF8),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"),
      Map.entry("webp", "image/webp"),
      Map.entry("ico", "image/vnd.microsoft.icon"),
      Map.entry("woff2", "font/woff2"),
      Map.entry("woff", "font/woff"),
      Map.entry("pdf", "application/pdf"));
  private static final String OTHER = "application/octet-stream";

  private ContentTypes() {}

  static String of(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? OTHER : BY_EXTENSION.getOrDefault(path.substring(dot + 1).toLowerCase(Locale.ROOT), OTHER);
  }

  /** Whether gzip makes the file smaller: text formats, not images or fonts, which are compressed already. */
  static boolean compressible(String type) {
    return type.endsWith(UTF8);
  }
}
