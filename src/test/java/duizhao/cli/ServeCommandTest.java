package duizhao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duizhao.testing.SiteRun;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void aPortInUseIsAUsageErrorReportedBeforeBuilding() throws IOException {
    SiteRun run = SiteRun.copyOfProject(dir);
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      SiteRun.Result result = SiteRun.run(serveArgs(run, taken.getLocalPort()));

      assertEquals(Main.USAGE, result.exitCode(), result.toString());
      assertEquals("duizhao: cannot listen on 127.0.0.1:" + taken.getLocalPort() + " (Address already in use); is"
          + " another server running? Choose another port with --port\n", result.err());
      assertEquals("", result.out(), "nothing was built");
    }
  }

  @Test
  void aPortOutOfRangeIsAUsageError() {
    SiteRun.Result result = SiteRun.run("serve", "--port", "70000");

    assertEquals(Main.USAGE, result.exitCode(), result.toString());
    assertTrue(result.err().startsWith("duizhao: --port must be between 0 and 65535\n"), result.err());
  }

  /**
   * Ctrl-C and a termination signal both run the JVM's shutdown hooks; SIGTERM is the one a test can send (a process
   * started in the background may ignore SIGINT). {@code ProcessHandle.destroy} sends it without closing our end of
   * the pipes, as {@code Process.destroy} would.
   */
  @Test
  void stopsCleanlyOnATerminationSignal() throws Exception {
    SiteRun run = SiteRun.copyOfProject(dir);
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(serveArgs(run, 0)));
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      String url = awaitUrl(out);
      HttpResponse<Void> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.discarding());
      assertEquals(200, page.statusCode());

      process.toHandle().destroy();

      List<String> rest = out.lines().toList();
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "serve stopped");
      assertEquals(List.of("stopped"), rest);
    } finally {
      process.destroyForcibly();
    }
    assertTrue(Files.notExists(run.out), "serve writes no site");
  }

  private static String awaitUrl(BufferedReader out) throws IOException {
    Pattern serving = Pattern.compile("serving (http://127\\.0\\.0\\.1:\\d+/) .*");
    StringBuilder seen = new StringBuilder();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      seen.append(line).append('\n');
      Matcher m = serving.matcher(line);
      if (m.matches()) {
        return m.group(1);
      }
    }
    throw new AssertionError("serve never said where it serves:\n" + seen);
  }

  private static String[] serveArgs(SiteRun run, int port) {
    return new String[] {"serve", "--port", Integer.toString(port), "--content", run.content.toString(),
        "--templates", run.templates.toString(), "--assets", run.assets.toString()};
  }
}
