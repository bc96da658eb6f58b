package duizhao.cli;

import duizhao.pipeline.Build;
import duizhao.pipeline.BuildResult;
import duizhao.diagnostic.ContentException;
import duizhao.site.SiteWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code duizhao build}: builds the site into a temporary folder and swaps it in when complete. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Build the site from the content folder into the output folder.")
final class BuildCommand implements Callable<Integer> {
  @Mixin
  SharedOptions shared = new SharedOptions();

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "_site",
      description = "Output folder, replaced as a whole when the build succeeds (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "Public URL of the site root for canonical links and citations (overrides edition.md).")
  String baseUrl;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    checkBaseUrl();
    List<Path> inputs = List.of(shared.content, shared.templates, shared.assets);
    try {
      SiteWriter.checkTarget(out, inputs);
      BuildResult result = new Build().run(shared.toBuildOptions(baseUrl));
      DiagnosticPrinter.print(spec.commandLine().getErr(), result.warnings());
      if (shared.strict && !result.warnings().isEmpty()) {
        spec.commandLine().getErr().println(result.warnings().size() + " warnings with --strict; nothing was written");
        return Main.CONTENT_ERROR;
      }
      SiteWriter.write(out, result.files(), inputs);
      spec.commandLine().getOut().printf(Locale.ROOT, "built %d edition(s), %d paragraphs, %d sentences, %d files"
          + " into %s%n", result.editions(), result.paragraphs(), result.sentences(), result.files().all().size() + 1,
          out);
      return Main.OK;
    } catch (ContentException e) {
      DiagnosticPrinter.printFailure(spec.commandLine().getErr(), e);
      return Main.CONTENT_ERROR;
    }
  }

  private void checkBaseUrl() {
    if (baseUrl == null || baseUrl.isEmpty()) {
      return;
    }
    try {
      URI uri = new URI(baseUrl);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getQuery() == null
          && uri.getFragment() == null) {
        return;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new CommandLine.ParameterException(spec.commandLine(),
        "--base-url must be an http(s) URL without query or fragment, e.g. https://example.org/duizhao/");
  }
}
