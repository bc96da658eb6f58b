package duizhao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import duizhao.testing.SiteRun;
import duizhao.testing.Subprocess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same content gives the same bytes whatever the machine: default locale (Turkish, whose dotless ı breaks
 * careless case conversion), default charset, time zone (UTC+14) and the order in which the file system lists files.
 * The JVM defaults can only be set for a JVM of its own, so those builds run as separate processes, side by side.
 */
class DeterminismTest {
  @TempDir static Path dir;
  private static SiteRun project;
  private static Map<String, String> reference;
  private static Path turkish;
  private static Path kiritimati;

  @BeforeAll
  static void buildEverywhere() throws Exception {
    project = SiteRun.copyOfProject(dir.resolve("project"));
    turkish = dir.resolve("site-turkish");
    kiritimati = dir.resolve("site-kiritimati");
    Process tr = start("turkish", turkish, List.of("-Duser.language=tr", "-Duser.country=TR",
        "-Dfile.encoding=ISO-8859-1"), Map.of("LANG", "tr_TR.ISO-8859-9", "LC_ALL", "tr_TR.ISO-8859-9"));
    Process ki = start("kiritimati", kiritimati, List.of("-Duser.timezone=Pacific/Kiritimati"),
        Map.of("TZ", "Pacific/Kiritimati"));
    SiteRun.Result result = project.build();
    assertEquals(0, result.exitCode(), result::toString);
    reference = site(project.out);
    for (Process p : List.of(tr, ki)) {
      if (!p.waitFor(3, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("a build did not finish in three minutes");
      }
    }
    assertEquals(0, tr.exitValue(), () -> Subprocess.err(dir.resolve("logs-turkish")));
    assertEquals(0, ki.exitValue(), () -> Subprocess.err(dir.resolve("logs-kiritimati")));
  }

  @Test
  void sameBytesUnderATurkishLocaleAndALatin1DefaultCharset() {
    assertEquals(reference, site(turkish));
  }

  @Test
  void sameBytesInTheLastTimeZoneOfTheDay() {
    assertEquals(reference, site(kiritimati));
  }

  @Test
  void sameBytesWhenTheFileSystemListsFilesInAnotherOrder() {
    Path content = dir.resolve("reversed-content");
    copyInReverseOrder(project.content, content);
    Path out = dir.resolve("reversed-site");
    SiteRun.Result result = SiteRun.run("build", "--content", content.toString(), "--templates",
        project.templates.toString(), "--assets", project.assets.toString(), "--out", out.toString());
    assertEquals(0, result.exitCode(), result::toString);
    assertEquals(reference, site(out));
  }

  private static Process start(String name, Path out, List<String> jvmOptions, Map<String, String> env)
      throws IOException {
    Path logs = Files.createDirectories(dir.resolve("logs-" + name));
    return Subprocess.start(logs, jvmOptions, env, "build", "--content", project.content.toString(),
        "--templates", project.templates.toString(), "--assets", project.assets.toString(), "--out", out.toString());
  }

  /** Folders made and files written last-first, so a listing in creation order is the reverse of the usual. */
  private static void copyInReverseOrder(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      List<Path> paths = new ArrayList<>(walk.toList());
      paths.sort(Comparator.<Path>naturalOrder().reversed());
      for (Path p : paths) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(p, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file of a site (the marker too) as text (or hex when not UTF-8), so a difference shows in the failure. */
  private static Map<String, String> site(Path root) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        byte[] bytes = Files.readAllBytes(p);
        String text = new String(bytes, StandardCharsets.UTF_8);
        boolean utf8 = Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes);
        files.put(root.relativize(p).toString(), utf8 ? text : "hex " + HexFormat.of().formatHex(bytes));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
