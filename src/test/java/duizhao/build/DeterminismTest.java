package duizhao.build;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same content gives the same bytes whatever the machine: default locale (Turkish, whose dotless ı breaks
 * careless case conversion), default charset, time zone (UTC+14) and the order in which the file system lists files.
 */
class DeterminismTest {
  @TempDir static Path dir;
  private static SiteRun project;
  private static Map<String, String> reference;

  @BeforeAll
  static void referenceBuild() throws Exception {
    project = SiteRun.copyOfProject(dir.resolve("project"));
    reference = site(buildInJvm("reference", List.of("-Duser.language=en", "-Duser.country=US",
        "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8"), Map.of("TZ", "UTC", "LANG", "C.UTF-8")));
  }

  @Test
  void sameBytesUnderATurkishLocaleAndALatin1DefaultCharset() throws Exception {
    assertEquals(reference, site(buildInJvm("turkish", List.of("-Duser.language=tr", "-Duser.country=TR",
        "-Dfile.encoding=ISO-8859-1"), Map.of("LANG", "tr_TR.ISO-8859-9", "LC_ALL", "tr_TR.ISO-8859-9"))));
  }

  @Test
  void sameBytesInTheLastTimeZoneOfTheDay() throws Exception {
    assertEquals(reference, site(buildInJvm("kiritimati", List.of("-Duser.timezone=Pacific/Kiritimati"),
        Map.of("TZ", "Pacific/Kiritimati"))));
  }

  @Test
  void sameBytesWhenTheFileSystemListsFilesInAnotherOrder() {
    SiteRun reversed = SiteRun.copyOfProject(dir.resolve("reversed-empty"));
    Path content = dir.resolve("reversed-content");
    copyInReverseOrder(project.content, content);
    Path out = dir.resolve("reversed-site");
    SiteRun.Result result = SiteRun.run("build", "--content", content.toString(), "--templates",
        reversed.templates.toString(), "--assets", reversed.assets.toString(), "--out", out.toString());
    assertEquals(0, result.exitCode(), result::toString);
    assertEquals(reference, site(out));
  }

  @Test
  void sameBytesTwiceInOneJvm() {
    Path first = dir.resolve("twice-1");
    Path second = dir.resolve("twice-2");
    for (Path out : List.of(first, second)) {
      assertEquals(0, SiteRun.run("build", "--content", project.content.toString(), "--templates",
          project.templates.toString(), "--assets", project.assets.toString(), "--out", out.toString()).exitCode());
    }
    assertEquals(site(first), site(second));
    assertEquals(reference, site(first));
  }

  private static Path buildInJvm(String name, List<String> jvmOptions, Map<String, String> env) throws IOException {
    Path logs = Files.createDirectories(dir.resolve("logs-" + name));
    Path out = dir.resolve("site-" + name);
    int exit = Subprocess.run(logs, jvmOptions, env, "build", "--content", project.content.toString(),
        "--templates", project.templates.toString(), "--assets", project.assets.toString(), "--out", out.toString());
    assertEquals(0, exit, () -> Subprocess.err(logs));
    return out;
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
