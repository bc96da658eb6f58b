package duizhao.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import duizhao.testing.Project;
import duizhao.testing.SiteRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every folder under {@code src/test/resources/invalid/} breaks the content (or templates, or the output folder) in
 * one way: the build must exit 1, print exactly the messages in its {@code expected.txt} (paths relative to the
 * project), and leave the site of the previous good build byte for byte as it was. Run with
 * {@code -Dgolden.update=true} to rewrite the expected files, then review the diff.
 */
class InvalidContentTest {
  private static final boolean UPDATE = "true".equals(System.getProperty("golden.update"));

  @TempDir static Path shared;
  private static SiteRun pristine;

  @BeforeAll
  static void buildPristineSite() {
    pristine = SiteRun.copyOfProject(shared.resolve("pristine"));
    SiteRun.Result result = pristine.build();
    assertEquals(0, result.exitCode(), result::toString);
  }

  @TestFactory
  Stream<DynamicTest> eachCaseFailsWithItsExactMessagesAndKeepsThePreviousSite() {
    return Fixture.all().stream().map(f -> DynamicTest.dynamicTest(f.name(), () -> check(f)));
  }

  private static void check(Fixture fixture) throws IOException {
    SiteRun run = copyOfPristine(shared.resolve("case-" + fixture.name()));
    Map<String, String> before = snapshot(run.out);
    fixture.applyTo(run);
    SiteRun.Result result = build(run, fixture.args(run));
    String err = relative(result.err(), run.root);
    if (UPDATE) {
      Files.writeString(fixture.expectedFile(), err, StandardCharsets.UTF_8);
    }
    assertEquals(fixture.expected(), err, () -> fixture.name() + "\n" + result);
    assertEquals(1, result.exitCode(), result::toString);
    assertEquals("", result.out(), "nothing is reported as built");
    assertEquals(before, snapshot(run.out), "the previous site is left exactly as it was");
    try (Stream<Path> s = Files.list(run.root)) {
      List<String> leftovers = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("._site")).toList();
      assertEquals(List.of(), leftovers, "no temporary folder is left behind");
    }
  }

  /** {@code duizhao build} on the copy; a case may name its own folders. */
  static SiteRun.Result build(SiteRun run, List<String> extra) {
    List<String> args = new ArrayList<>(List.of("build"));
    Map<String, Path> folders = Map.of("--content", run.content, "--templates", run.templates, "--assets",
        run.assets, "--out", run.out);
    new TreeMap<>(folders).forEach((option, folder) -> {
      if (!extra.contains(option)) {
        args.addAll(List.of(option, folder.toString()));
      }
    });
    args.addAll(extra);
    return SiteRun.run(args.toArray(String[]::new));
  }

  /** A scratch project with the good site already built, cheaper than a build per case. */
  private static SiteRun copyOfPristine(Path dir) {
    SiteRun run = SiteRun.copyOfProject(dir);
    Project.copyTree(pristine.out, run.out);
    return run;
  }

  static String relative(String text, Path root) {
    return text.replace(root + "/", "").replace(root.toString(), ".");
  }

  /** Every file of a folder tree (hidden ones too) by relative path, with its bytes as Latin-1 text. */
  static Map<String, String> snapshot(Path dir) {
    Map<String, String> files = new TreeMap<>();
    if (!Files.exists(dir)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Path> paths = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
      for (Path p : paths) {
        files.put(dir.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
