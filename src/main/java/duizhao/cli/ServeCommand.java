package duizhao.cli;

import duizhao.serve.Serve;
import java.io.IOException;
import java.net.BindException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code duizhao serve}: builds, serves on 127.0.0.1 and rebuilds on every change until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Build the site in memory, serve it on 127.0.0.1 and rebuild and reload the page whenever content,",
        "templates or assets change. Content errors show in the terminal and over the page; the last good build",
        "stays served. Writes nothing (use build to publish). Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
  @Mixin
  SharedOptions shared = new SharedOptions();

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8000",
      description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
    }
    Serve serve;
    try {
      serve = Serve.start(shared.toBuildOptions(null), port, spec.commandLine().getOut(),
          spec.commandLine().getErr());
    } catch (BindException e) {
      spec.commandLine().getErr().println("duizhao: cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
          + "); is another server running? Choose another port with --port");
      return Main.USAGE;
    }
    spec.commandLine().getOut().println("serving " + serve.url() + " (watching " + shared.content + ", "
        + shared.templates + ", " + shared.assets + "; Ctrl-C to stop)");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      serve.close();
      spec.commandLine().getOut().println("stopped");
      spec.commandLine().getOut().flush();
      stopped.countDown();
    }, "duizhao-serve-stop"));
    stopped.await();
    return Main.OK;
  }
}
