package duizhao.serve;

import duizhao.pipeline.Build;
import duizhao.pipeline.BuildOptions;
import duizhao.pipeline.BuildResult;
import duizhao.diagnostic.ContentException;
import duizhao.diagnostic.Diagnostic;
import duizhao.site.SiteFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The editor's loop: builds the site in memory, serves it on 127.0.0.1, and rebuilds with the same warm
 * {@link Build} whenever a file under the content, templates or assets folder changes. A build that fails is
 * reported in the terminal and over the open page, and the last good site goes on being served. Nothing is written
 * to disk: {@code duizhao build} publishes.
 */
public final class Serve implements AutoCloseable {
  private final Build build = new Build();
  private final BuildOptions options;
  private final PrintWriter out;
  private final PrintWriter err;
  private final LiveState state = new LiveState(new Snapshot(0, null, null));
  private SiteServer server;
  private SourceWatcher watcher;

  private Serve(BuildOptions options, PrintWriter out, PrintWriter err) {
    this.options = options;
    this.out = out;
    this.err = err;
  }

  /**
   * Builds once, then serves and watches.
   *
   * @param port the port on 127.0.0.1, or 0 for any free one
   * @throws java.net.BindException when the port is taken
   */
  public static Serve start(BuildOptions options, int port, PrintWriter out, PrintWriter err) throws IOException {
    Serve serve = new Serve(options, out, err);
    serve.server = SiteServer.bind(port, serve.state, err);
    try {
      serve.rebuild();
      serve.server.start();
      serve.watcher = new SourceWatcher(List.of(options.content(), options.templates(), options.assets()),
          serve::rebuild);
    } catch (IOException | RuntimeException e) {
      serve.server.close();
      throw e;
    }
    return serve;
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + server.port() + "/");
  }

  /** How many builds have changed what is served (successful or not); the live-reload script compares it. */
  public long generation() {
    return state.current().generation();
  }

  /** Rebuilds now and serves the result; called by the watcher after each burst of changes. */
  public synchronized void rebuild() {
    long start = System.nanoTime();
    Snapshot previous = state.current();
    try {
      BuildResult result = build.run(options);
      long millis = (System.nanoTime() - start) / 1_000_000;
      print(err, result.warnings().stream().map(Diagnostic::format).toList());
      if (previous.ok() && previous.files() != null && same(previous.files(), result.files())) {
        out.printf(Locale.ROOT, "rebuilt in %d ms: no change%n", millis);
      } else {
        state.publish(new Snapshot(previous.generation() + 1, result.files(), null));
        out.printf(Locale.ROOT, "%s in %d ms: %d edition(s), %d paragraphs, %d sentences%n",
            previous.files() == null ? "built" : "rebuilt", millis, result.editions(), result.paragraphs(),
            result.sentences());
      }
      out.flush();
    } catch (ContentException e) {
      fail(previous, failure(e, previous.files() != null));
    } catch (RuntimeException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      fail(previous, "duizhao: internal error (a bug, please report it with this trace):\n" + trace
          + (previous.files() == null ? "nothing has built yet" : "serving the last good build"));
    }
  }

  private void fail(Snapshot previous, String text) {
    print(err, List.of(text));
    state.publish(new Snapshot(previous.generation() + 1, previous.files(), text));
  }

  /** The diagnostics as {@code duizhao build} prints them, then what is being served instead. */
  private static String failure(ContentException e, boolean haveSite) {
    StringBuilder text = new StringBuilder();
    e.diagnostics().forEach(d -> text.append(d.format()).append('\n'));
    if (e.droppedErrors() > 0) {
      text.append('(').append(e.droppedErrors()).append(" more errors not shown)\n");
    }
    long errors = e.diagnostics().stream().filter(Diagnostic::isError).count() + e.droppedErrors();
    text.append(errors).append(errors == 1 ? " error" : " errors")
        .append(haveSite ? "; serving the last good build" : "; nothing has built yet");
    return text.toString();
  }

  private static void print(PrintWriter writer, List<String> lines) {
    synchronized (writer) {
      lines.forEach(writer::println);
      writer.flush();
    }
  }

  private static boolean same(SiteFiles a, SiteFiles b) {
    Map<String, byte[]> x = a.all();
    Map<String, byte[]> y = b.all();
    return x.keySet().equals(y.keySet()) && x.keySet().stream().allMatch(k -> Arrays.equals(x.get(k), y.get(k)));
  }

  /** Stops watching and serving; open pages lose their connection and wait for a server to come back. */
  @Override
  public void close() {
    try {
      if (watcher != null) {
        watcher.close();
      }
    } catch (IOException e) {
      // Closing the watch service cannot fail in a way that matters when stopping.
    }
    if (server != null) {
      server.close();
    }
  }
}
