package duizhao.diagnostic;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a stage found errors in the content; carries every diagnostic of that stage. */
public final class ContentException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Diagnostics diagnostics;

  public ContentException(Diagnostics diagnostics) {
    super(diagnostics.all().stream().filter(Diagnostic::isError).map(Diagnostic::headline)
        .collect(Collectors.joining("\n")));
    this.diagnostics = diagnostics;
  }

  public static ContentException of(Diagnostic diagnostic) {
    Diagnostics one = new Diagnostics();
    one.add(diagnostic);
    return new ContentException(one);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics.all();
  }

  public int droppedErrors() {
    return diagnostics.droppedErrors();
  }
}
