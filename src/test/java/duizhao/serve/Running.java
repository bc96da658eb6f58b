package duizhao.serve;

import duizhao.pipeline.BuildOptions;
import duizhao.testing.SiteRun;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** A {@link Serve} on a free port over a scratch copy of the project, with an HTTP client and the terminal output. */
final class Running implements AutoCloseable {
  static final Duration PATIENCE = Duration.ofSeconds(60);

  final SiteRun run;
  final Serve serve;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER).build();

  Running(SiteRun run) {
    this.run = run;
    try {
      this.serve = Serve.start(new BuildOptions(run.content, run.templates, run.assets, null, true, false), 0,
          new PrintWriter(out, true), new PrintWriter(err, true));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Replaces an edition file as an editor that saves atomically does (a hidden temporary file renamed over it), so a
   * build never reads it half-written however slow the machine.
   */
  void save(String editionFile, String text) {
    Path target = run.editionFile(editionFile);
    Path temp = target.resolveSibling("." + editionFile + ".saving");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@link #save} with one occurrence of {@code from} replaced. */
  void replace(String editionFile, String from, String to) {
    String text = run.read(editionFile);
    if (text.indexOf(from) < 0 || text.indexOf(from) != text.lastIndexOf(from)) {
      throw new IllegalArgumentException("expected exactly one '" + from + "' in " + editionFile);
    }
    save(editionFile, text.replace(from, to));
  }

  HttpResponse<byte[]> get(String path, String... headers) {
    return send("GET", path, headers);
  }

  HttpResponse<byte[]> send(String method, String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody())
        .timeout(PATIENCE);
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  String text(String path) {
    return new String(get(path).body(), StandardCharsets.UTF_8);
  }

  URI uri(String path) {
    return serve.url().resolve(path);
  }

  /** The live-reload event stream as the page's EventSource sees it: the data of each {@code build} event. */
  Events events() {
    return new Events(client, uri(SiteServer.EVENTS));
  }

  static byte[] gunzip(byte[] bytes) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    serve.close();
  }

  /** Reads server-sent events on a background thread. */
  static final class Events implements AutoCloseable {
    private final BlockingQueue<String> data = new LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile Stream<String> lines;

    Events(HttpClient client, URI uri) {
      HttpRequest request = HttpRequest.newBuilder(uri).build();
      reader = new Thread(() -> {
        try {
          lines = client.send(request, HttpResponse.BodyHandlers.ofLines()).body();
          lines.filter(l -> l.startsWith("data: ")).forEach(l -> data.add(l.substring(6)));
        } catch (IOException | RuntimeException e) {
          // Closed by the test or the server.
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "test-events");
      reader.setDaemon(true);
      reader.start();
    }

    /** The next event's data, e.g. {@code {"generation":2,"ok":true}}; fails after {@link #PATIENCE}. */
    String next() throws InterruptedException {
      String next = data.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
      if (next == null) {
        throw new AssertionError("no build event within " + PATIENCE);
      }
      return next;
    }

    @Override
    public void close() {
      if (lines != null) {
        lines.close();
      }
      reader.interrupt();
    }
  }
}
