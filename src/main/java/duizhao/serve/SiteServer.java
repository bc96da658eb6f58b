package duizhao.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * The JDK's HTTP server on 127.0.0.1, serving the current snapshot from memory: site files with their content types
 * (gzip when the client accepts it), the live-reload script, its event stream and the last build's errors.
 */
final class SiteServer implements AutoCloseable {
  static final String EVENTS = "/__duizhao/events";
  static final String ERROR = "/__duizhao/error";
  private static final long KEEP_ALIVE_MILLIS = 15_000;
  private static final int MIN_GZIP_BYTES = 512;
  private static final String NOTHING_BUILT = """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8"><title>duizhao serve: nothing has built yet</title></head>
      <body><p>The content has errors, so there is no site to show yet. They are listed in the terminal and over this
      page, which reloads when they are fixed.</p></body></html>
      """;

  private final HttpServer http;
  private final ExecutorService executor;
  private final LiveState state;
  private final PrintWriter err;

  private SiteServer(HttpServer http, ExecutorService executor, LiveState state, PrintWriter err) {
    this.http = http;
    this.executor = executor;
    this.state = state;
    this.err = err;
  }

  /**
   * Takes the port on 127.0.0.1 ({@code 0}: any free one) without answering yet, so that a port in use is reported
   * before the first build; a bug in answering a request is reported to err.
   */
  static SiteServer bind(int port, LiveState state, PrintWriter err) throws IOException {
    InetAddress loopback = InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
    HttpServer http = HttpServer.create(new InetSocketAddress(loopback, port), 0);
    AtomicInteger threads = new AtomicInteger();
    ExecutorService executor = Executors.newCachedThreadPool(task -> {
      Thread t = new Thread(task, "duizhao-serve-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    SiteServer server = new SiteServer(http, executor, state, err);
    http.createContext("/", server.guarded(server::site));
    http.createContext(ReloadScript.PATH, server.guarded(ex -> server.send(ex, 200, "text/javascript; charset=utf-8",
        ReloadScript.SOURCE)));
    http.createContext(EVENTS, server.guarded(server::events));
    http.createContext(ERROR, server.guarded(server::error));
    http.setExecutor(executor);
    return server;
  }

  void start() {
    http.start();
  }

  int port() {
    return http.getAddress().getPort();
  }

  private void site(HttpExchange ex) throws IOException {
    Snapshot snapshot = state.current();
    String path = ex.getRequestURI().getPath();
    String key = path.substring(1) + (path.endsWith("/") ? "index.html" : "");
    if (snapshot.files() == null) {
      byte[] page = ReloadScript.inject(NOTHING_BUILT, snapshot.generation()).getBytes(StandardCharsets.UTF_8);
      send(ex, 503, ContentTypes.of("index.html"), page);
      return;
    }
    byte[] body = snapshot.files().get(key);
    if (body == null && snapshot.files().get(key + "/index.html") != null) {
      ex.getResponseHeaders().set("Location", path + "/");
      send(ex, 301, ContentTypes.of("moved.txt"), new byte[0]);
      return;
    }
    if (body == null) {
      send(ex, 404, ContentTypes.of("missing.txt"), ("not found: " + path + "\n").getBytes(StandardCharsets.UTF_8));
      return;
    }
    String type = ContentTypes.of(key);
    if (key.endsWith(".html")) {
      body = ReloadScript.inject(new String(body, StandardCharsets.UTF_8), snapshot.generation())
          .getBytes(StandardCharsets.UTF_8);
    }
    send(ex, 200, type, body);
  }

  private void error(HttpExchange ex) throws IOException {
    String error = state.current().error();
    send(ex, 200, ContentTypes.of("error.txt"), (error == null ? "" : error).getBytes(StandardCharsets.UTF_8));
  }

  /** Server-sent events: the current build state at once, then each new one, with comments to keep it open. */
  private void events(HttpExchange ex) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.sendResponseHeaders(200, 0);
    try (OutputStream out = ex.getResponseBody()) {
      Snapshot seen = state.current();
      write(out, "retry: 1000\n\n" + event(seen));
      while (!state.closed()) {
        Snapshot next = state.awaitChange(seen.generation(), KEEP_ALIVE_MILLIS);
        if (next == null) {
          write(out, ": keep-alive\n\n");
        } else {
          write(out, event(next));
          seen = next;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String event(Snapshot s) {
    return "event: build\ndata: {\"generation\":" + s.generation() + ",\"ok\":" + s.ok() + "}\n\n";
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    String method = ex.getRequestMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      ex.getResponseHeaders().set("Allow", "GET, HEAD");
      ex.sendResponseHeaders(405, -1);
      return;
    }
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    if (ContentTypes.compressible(type)) {
      ex.getResponseHeaders().set("Vary", "Accept-Encoding");
      if (body.length >= MIN_GZIP_BYTES && acceptsGzip(ex.getRequestHeaders().getFirst("Accept-Encoding"))) {
        ex.getResponseHeaders().set("Content-Encoding", "gzip");
        body = gzip(body);
      }
    }
    if (method.equals("HEAD") || body.length == 0) {
      ex.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
      ex.sendResponseHeaders(status, -1);
      return;
    }
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  /** Whether the Accept-Encoding header lists gzip without {@code q=0}. */
  static boolean acceptsGzip(String header) {
    if (header == null) {
      return false;
    }
    for (String part : header.split(",")) {
      String[] fields = part.split(";");
      if (fields[0].strip().equalsIgnoreCase("gzip") || fields[0].strip().equals("*")) {
        for (int i = 1; i < fields.length; i++) {
          String param = fields[i].strip().toLowerCase(Locale.ROOT).replace(" ", "");
          if (param.matches("q=0(\\.0*)?")) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  private static byte[] gzip(byte[] body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(body);
    }
    return out.toByteArray();
  }

  /** A handler whose failure ends that exchange only, never the server; a bug is reported, a client gone is not. */
  private HttpHandler guarded(HttpHandler handler) {
    return ex -> {
      try {
        handler.handle(ex);
      } catch (IOException e) {
        // The client went away; the next request starts afresh.
      } catch (RuntimeException e) {
        synchronized (err) {
          err.println("duizhao serve: internal error answering " + ex.getRequestURI() + " (a bug, please report it):");
          e.printStackTrace(err);
          err.flush();
        }
      } finally {
        ex.close();
      }
    };
  }

  @Override
  public void close() {
    state.close();
    http.stop(0);
    executor.shutdownNow();
  }
}
