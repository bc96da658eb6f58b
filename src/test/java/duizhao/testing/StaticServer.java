package duizhao.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Serves a built site on 127.0.0.1 for browser tests (pages use a strict CSP, which file:// URLs do not honour). */
public final class StaticServer implements AutoCloseable {
  private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css",
      "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "json", "application/json; charset=utf-8",
      "svg", "image/svg+xml", "png", "image/png", "txt", "text/plain; charset=utf-8", "bib",
      "text/plain; charset=utf-8", "ris", "text/plain; charset=utf-8");

  private final HttpServer server;

  private StaticServer(HttpServer server) {
    this.server = server;
  }

  public static StaticServer serve(Path root) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/", exchange -> {
        String path = exchange.getRequestURI().getPath();
        Path file = root.resolve(path.substring(1)).normalize();
        if (Files.isDirectory(file)) {
          file = file.resolve("index.html");
        }
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
          return;
        }
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        byte[] body = Files.readAllBytes(file);
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
          os.write(body);
        }
      });
      server.start();
      return new StaticServer(server);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The URL of a path below the site root, e.g. {@code url("index.html")}. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
