package duizhao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duizhao.testing.SiteRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code check} runs every stage of a build, reports every problem and writes nothing, whatever the outcome. */
class CheckCommandTest {
  private static final String EDITION = "content/xinhua-2023-11-15-xi-biden-meeting/";

  @TempDir Path dir;

  @Test
  void checksTheRealContentWithTheDefaultFoldersAndWritesNothing() throws Exception {
    SiteRun.copyOfProject(dir);
    Map<String, byte[]> before = CommandLineTest.snapshot(dir);
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "check");
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertTrue(process.waitFor(120, TimeUnit.SECONDS));
    assertEquals(Main.OK, process.exitValue(), output);
    assertEquals("ok: 1 edition(s), 21 paragraphs, 63 sentences\n", output.replaceAll("(?m)^log4j:WARN.*\n", ""));
    assertUnchanged(before, dir);
  }

  /** Each breakage with the start of the first line it must print, as a pattern (template lines move with edits). */
  static Stream<Arguments> breakages() {
    String edition = Pattern.quote(EDITION);
    return Stream.of(
        Arguments.of("the source text", EDITION + "source.zh.txt", "习近平抵达斐洛里庄园时", "习近平到达斐洛里庄园时",
            edition + Pattern.quote("source.zh.txt: error: the source text is not the one recorded in ")),
        Arguments.of("a sentence alignment", EDITION + "translation.en.md",
            "{speaker=both} The two heads of state agreed to continue to maintain regular contact.\n", "",
            edition + Pattern.quote("translation.en.md:135:1: error: paragraph 20 has 4 sentences in Chinese but 3 in"
                + " English")),
        Arguments.of("the glossary", EDITION + "glossary.md", "- category: person\n- related: term-guojia-zhuxi",
            "- category: persn\n- related: term-guojia-zhuxi",
            edition + Pattern.quote("glossary.md:10:1: error: unknown category 'persn' in entry term-xi-jinping")),
        Arguments.of("a template", "templates/index.ftlh", "<#list view.notes as n>", "<#list view.nots as n>",
            "templates/index\\.ftlh:\\d+:\\d+: " + Pattern.quote("error: template error: 'view.nots' is missing")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakages")
  void catchesABrokenStageWithItsMessageExits1AndWritesNothing(String what, String file, String from, String to,
      String headline) throws IOException {
    SiteRun run = SiteRun.copyOfProject(dir);
    Path broken = dir.resolve(file);
    String text = Files.readString(broken, StandardCharsets.UTF_8);
    assertEquals(1, text.split(Pattern.quote(from), -1).length - 1, "one '" + from + "' in " + file);
    Files.writeString(broken, text.replace(from, to), StandardCharsets.UTF_8);
    Map<String, byte[]> before = CommandLineTest.snapshot(dir);

    SiteRun.Result result = SiteRun.run("check", "--content", run.content.toString(), "--templates",
        run.templates.toString(), "--assets", run.assets.toString());

    assertEquals(Main.CONTENT_ERROR, result.exitCode(), result::toString);
    String first = result.err().lines().findFirst().orElse("");
    assertTrue(first.matches(Pattern.quote(dir + "/") + headline + ".*"), result.err());
    assertEquals("1 error; nothing was written", last(result.err()), result.err());
    assertEquals("", result.out());
    assertUnchanged(before, dir);
  }

  private static String last(String text) {
    List<String> lines = text.lines().toList();
    return lines.get(lines.size() - 1);
  }

  private static void assertUnchanged(Map<String, byte[]> before, Path root) throws IOException {
    Map<String, byte[]> after = CommandLineTest.snapshot(root);
    assertEquals(before.keySet(), after.keySet(), "no file was added or removed");
    List<String> changed = new ArrayList<>();
    before.forEach((path, bytes) -> {
      if (!java.util.Arrays.equals(bytes, after.get(path))) {
        changed.add(path);
      }
    });
    assertEquals(List.of(), changed, "no file was changed");
    try (Stream<Path> entries = Files.list(root)) {
      assertEquals(List.of("content", "site-assets", "templates"),
          entries.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }
}
