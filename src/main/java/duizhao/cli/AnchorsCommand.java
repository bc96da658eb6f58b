package duizhao.cli;

import duizhao.pipeline.Build;
import duizhao.diagnostic.ContentException;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code duizhao anchors}: prints the anchor manifest of an edition as it is now, for the editor to commit as
 * {@code content/ID/anchors.tsv} (docs/ANCHORS.md). It writes nothing itself: content belongs to its authors.
 */
@Command(name = "anchors", mixinStandardHelpOptions = true,
    description = {"Print the anchor manifest of an edition (every published anchor with the hash of its text).",
        "Record it with: java -jar target/duizhao.jar anchors > content/ID/anchors.tsv"})
final class AnchorsCommand implements Callable<Integer> {
  @Mixin
  SharedOptions shared = new SharedOptions();

  @Option(names = "--edition", paramLabel = "ID", description = "The edition, by its id; needed when there are"
      + " several.")
  String edition;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Map<String, String> manifests;
    try {
      manifests = new Build().anchorManifests(shared.toBuildOptions(null));
    } catch (ContentException e) {
      DiagnosticPrinter.printFailure(spec.commandLine().getErr(), e);
      return Main.CONTENT_ERROR;
    }
    String id = edition;
    if (id == null && manifests.size() == 1) {
      id = manifests.keySet().iterator().next();
    }
    if (id == null || !manifests.containsKey(id)) {
      throw new CommandLine.ParameterException(spec.commandLine(), (id == null ? "name the edition" : "no edition '"
          + id + "'") + " with --edition; editions: " + String.join(", ", manifests.keySet()));
    }
    spec.commandLine().getOut().print(manifests.get(id));
    spec.commandLine().getOut().flush();
    return Main.OK;
  }
}
