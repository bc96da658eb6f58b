package duizhao.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point. {@link #run} is what tests call; only {@link #main} exits the JVM. */
@Command(name = "duizhao", mixinStandardHelpOptions = true, version = "duizhao 0.1.0",
    description = "Builds the bilingual reading edition (Chinese with pinyin, English, glossary) as a static site.",
    subcommands = {BuildCommand.class, CheckCommand.class, AnchorsCommand.class, ServeCommand.class,
        BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  public static final int OK = 0;
  public static final int CONTENT_ERROR = 1;
  public static final int USAGE = 2;
  public static final int BUG = 3;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** Runs a command line and returns its exit code, writing only to the given writers. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> BUG);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      err.println("duizhao: internal error (a bug, please report it with this trace):");
      e.printStackTrace(err);
      err.flush();
      return BUG;
    });
    cli.setParameterExceptionHandler((e, args1) -> {
      err.println("duizhao: " + e.getMessage());
      err.println("Try 'duizhao " + (e.getCommandLine().getCommandName().equals("duizhao") ? ""
          : e.getCommandLine().getCommandName() + " ") + "--help' for usage.");
      err.flush();
      return USAGE;
    });
    int code;
    try {
      code = cli.execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // picocli hands on Errors; they are bugs too (content deep enough to cause one is refused before it can).
      err.println("duizhao: internal error (a bug, please report it with this trace):");
      e.printStackTrace(err);
      code = BUG;
    }
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "a command is required (build, check, anchors, serve or bench)");
  }
}
