package duizhao.cli;

import duizhao.annotate.AnnotationBenchmark;
import duizhao.bench.Bench;
import duizhao.bench.SyntheticEdition;
import duizhao.diagnostic.ContentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code duizhao bench}: warm rebuild times and scaling, or synthetic content for measuring cold builds. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Time warm builds in one JVM (as serve runs them) on the real edition and on synthetic editions",
        "n times as long; with --annotation, annotation throughput; with --generate, write a synthetic content folder",
        "and stop (docs/PERFORMANCE.md)."})
final class BenchCommand implements Callable<Integer> {
  @Mixin
  SharedOptions shared = new SharedOptions();

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "15",
      description = "Builds before measuring, at 1× (default: ${DEFAULT-VALUE}; divided by the scale above it).")
  int warmup;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "30",
      description = "Measured builds at 1× (default: ${DEFAULT-VALUE}; divided by the scale above it, at least 3).")
  int runs;

  @Option(names = "--scales", paramLabel = "N,…", split = ",", defaultValue = "1,10,100",
      description = "Edition lengths to measure, as multiples of the real one (default: ${DEFAULT-VALUE}).")
  List<Integer> scales;

  @Option(names = "--annotation", paramLabel = "REPEATS", arity = "0..1", fallbackValue = "5",
      description = "Measure annotation throughput instead (duizhao.annotate.AnnotationBenchmark; default 5 repeats).")
  Integer annotation;

  @Option(names = "--generate", paramLabel = "DIR",
      description = "Write a content folder with the edition --scale times as long into DIR (which must not exist).")
  Path generate;

  @Option(names = "--scale", paramLabel = "N", defaultValue = "10",
      description = "With --generate: how many times as long (default: ${DEFAULT-VALUE}).")
  int scale;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (warmup < 0 || runs < 1 || scale < 1 || scales.stream().anyMatch(s -> s < 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--warmup must be 0 or more, --runs, --scale and --scales 1 or more");
    }
    if (generate != null) {
      if (Files.exists(generate)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--generate " + generate + " already exists");
      }
    }
    if (annotation != null) {
      if (annotation < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--annotation needs 1 or more repeats");
      }
      spec.commandLine().getOut().print(AnnotationBenchmark.run(annotation));
      return Main.OK;
    }
    try {
      if (generate != null) {
        int paragraphs = SyntheticEdition.write(shared.toBuildOptions(null), generate, scale);
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: the edition %d× as long, %d paragraphs%n",
            generate, scale, paragraphs);
        return Main.OK;
      }
      new Bench(shared.toBuildOptions(null), warmup, runs, spec.commandLine().getOut()).run(scales);
      return Main.OK;
    } catch (ContentException e) {
      DiagnosticPrinter.printFailure(spec.commandLine().getErr(), e);
      return Main.CONTENT_ERROR;
    }
  }
}
