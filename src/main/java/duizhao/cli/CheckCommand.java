package duizhao.cli;

import duizhao.pipeline.Build;
import duizhao.pipeline.BuildResult;
import duizhao.diagnostic.ContentException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code duizhao check}: every content check of a build, writing nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check all content (source, translation alignment, glossary, overrides, anchors); write nothing.")
final class CheckCommand implements Callable<Integer> {
  @Mixin
  SharedOptions shared = new SharedOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try {
      BuildResult result = new Build().run(shared.toBuildOptions(null));
      DiagnosticPrinter.print(spec.commandLine().getErr(), result.warnings());
      if (shared.strict && !result.warnings().isEmpty()) {
        return Main.CONTENT_ERROR;
      }
      spec.commandLine().getOut().printf(Locale.ROOT, "ok: %d edition(s), %d paragraphs, %d sentences%n",
          result.editions(), result.paragraphs(), result.sentences());
      return Main.OK;
    } catch (ContentException e) {
      DiagnosticPrinter.printFailure(spec.commandLine().getErr(), e);
      return Main.CONTENT_ERROR;
    }
  }
}
