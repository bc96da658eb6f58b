package duizhao.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The command line in a JVM of its own, on the test class path: for what an in-process run cannot show (the JVM's
 * default locale and time zone, a kill in the middle of a build).
 */
public final class Subprocess {
  private Subprocess() {}

  /** Starts {@code duizhao ARGS} with extra JVM options and environment; output goes to files in {@code logs}. */
  public static Process start(Path logs, List<String> jvmOptions, Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "duizhao.cli.Main"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(logs.resolve("out.txt").toFile())
        .redirectError(logs.resolve("err.txt").toFile());
    builder.environment().putAll(env);
    try {
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs to the end and returns the exit code, failing after two minutes. */
  public static int run(Path logs, List<String> jvmOptions, Map<String, String> env, String... args) {
    Process p = start(logs, jvmOptions, env, args);
    try {
      if (!p.waitFor(2, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("duizhao did not finish in two minutes: " + String.join(" ", args));
      }
      return p.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** What the process printed on standard error. */
  public static String err(Path logs) {
    return Project.read(logs.resolve("err.txt"));
  }
}
