package duizhao.cli;

import duizhao.diagnostic.ContentException;
import duizhao.diagnostic.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics the way compilers do, with a closing count. */
final class DiagnosticPrinter {
  private DiagnosticPrinter() {}

  static void print(PrintWriter err, List<Diagnostic> diagnostics) {
    diagnostics.forEach(d -> err.println(d.format()));
  }

  static void printFailure(PrintWriter err, ContentException e) {
    print(err, e.diagnostics());
    long errors = e.diagnostics().stream().filter(Diagnostic::isError).count() + e.droppedErrors();
    if (e.droppedErrors() > 0) {
      err.println("(" + e.droppedErrors() + " more errors not shown)");
    }
    err.println(errors + (errors == 1 ? " error" : " errors") + "; nothing was written");
    err.flush();
  }
}
