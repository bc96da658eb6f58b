package duizhao.model;

/** Where a piece of content came from: a file as the user named it, a 1-based line and column (0 if unknown). */
public record SourceLocation(String file, int line, int column) {
  public static SourceLocation ofFile(String file) {
    return new SourceLocation(file, 0, 0);
  }
}
