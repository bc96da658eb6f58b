package duizhao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duizhao.testing.Project;
import duizhao.testing.SiteRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract: exit codes, options, and what a failed build leaves behind. */
class CommandLineTest {
  private static final Pattern HEADLINE = Pattern.compile("^(\\S+):(\\d+):(\\d+): error: (.+)$");

  @TempDir Path dir;

  @Test
  void helpPrintsUsageAndExits0() {
    SiteRun.Result result = SiteRun.run("--help");
    assertEquals(0, result.exitCode());
    assertEquals("Usage: duizhao [-hV] [COMMAND]", result.out().lines().findFirst().orElse(""));
    assertEquals(List.of("build", "check", "anchors", "serve", "bench", "help"), commands(result.out()));
    assertEquals("", result.err());
  }

  @Test
  void buildHelpListsEveryBuildOptionAndExits0() {
    SiteRun.Result result = SiteRun.run("build", "--help");
    assertEquals(0, result.exitCode());
    assertEquals(new TreeSet<>(List.of("--assets", "--base-url", "--content", "--help", "--no-overrides", "--out",
        "--strict", "--templates", "--version")), options(result.out()));
  }

  @Test
  void unknownOptionIsAUsageErrorWithExit2() {
    SiteRun run = SiteRun.copyOfProject(dir);
    SiteRun.Result result = run.build("--bogus");
    assertEquals(2, result.exitCode());
    assertEquals(List.of("duizhao: Unknown option: '--bogus'", "Try 'duizhao build --help' for usage."),
        result.err().lines().toList());
    assertFalse(Files.exists(run.out));
  }

  @Test
  void optionWithoutItsValueIsAUsageErrorWithExit2() {
    SiteRun.Result result = SiteRun.run("build", "--out");
    assertEquals(2, result.exitCode());
    assertEquals(List.of("duizhao: Missing required parameter for option '--out' (DIR)",
        "Try 'duizhao build --help' for usage."), result.err().lines().toList());
  }

  @Test
  void missingOrUnknownCommandIsAUsageErrorWithExit2() {
    assertEquals(2, SiteRun.run().exitCode());
    SiteRun.Result unknown = SiteRun.run("publish");
    assertEquals(2, unknown.exitCode());
    assertEquals("Try 'duizhao --help' for usage.", unknown.err().lines().toList().get(1));
  }

  @Test
  void contentErrorExits1WithAFileLineColumnHeadlineTheLineACaretAndAHint() {
    SiteRun run = SiteRun.copyOfProject(dir);
    run.replace("translation.en.md", "\nThe other is to cling to a zero-sum mentality, stir up confrontation between"
        + " blocs, and lead the world into turmoil and division.", "");
    SiteRun.Result result = run.build();
    assertEquals(1, result.exitCode(), result::toString);
    List<String> lines = run.relative(result.err()).lines().toList();
    Matcher headline = HEADLINE.matcher(lines.get(0));
    assertTrue(headline.matches(), lines.get(0));
    assertEquals("content/" + Project.EDITION + "/translation.en.md", headline.group(1));
    assertEquals("paragraph 3 has 8 sentences in Chinese but 7 in English (Chinese: content/" + Project.EDITION
        + "/source.zh.txt:11)", headline.group(4));
    assertEquals("  # p3 {speaker=xi}", lines.get(1));
    assertEquals("  ^", lines.get(2));
    assertTrue(lines.get(3).startsWith("hint: "), lines.get(3));
    assertEquals("1 error; nothing was written", lines.get(lines.size() - 1));
    assertFalse(Files.exists(run.out));
  }

  @Test
  void checkReportsTheEditionAndExits0() {
    SiteRun run = SiteRun.copyOfProject(dir);
    SiteRun.Result result = SiteRun.run("check", "--content", run.content.toString(), "--templates",
        run.templates.toString(), "--assets", run.assets.toString());
    assertEquals(0, result.exitCode(), result::toString);
    assertEquals("ok: 1 edition(s), 21 paragraphs, 63 sentences", result.out().strip());
  }

  @Test
  void buildHonoursContentAndOutFolders() {
    Path content = dir.resolve("elsewhere/my-content");
    Path out = dir.resolve("public/site");
    Project.copyTree(Project.CONTENT, content);
    SiteRun.Result result = SiteRun.run("build", "--content", content.toString(), "--out", out.toString());
    assertEquals(0, result.exitCode(), result::toString);
    assertTrue(Files.isRegularFile(out.resolve("index.html")));
    assertTrue(Files.isRegularFile(out.resolve("edition.json")));
    assertTrue(Files.isRegularFile(out.resolve("assets/duizhao.css")));
    assertTrue(result.out().strip().endsWith(" into " + out), result.out());
  }

  @Test
  void failedBuildLeavesTheExistingSiteUntouched() throws IOException {
    SiteRun run = SiteRun.copyOfProject(dir);
    assertEquals(0, run.build().exitCode());
    Map<String, byte[]> before = snapshot(run.out);
    run.replace("translation.en.md", "# p1 {speaker=narrator}", "# p1 {speaker=nobody}");
    SiteRun.Result failed = run.build();
    assertEquals(1, failed.exitCode(), failed::toString);
    assertEquals(before.keySet(), snapshot(run.out).keySet());
    snapshot(run.out).forEach((path, bytes) -> assertTrue(Arrays.equals(before.get(path), bytes), path));
    try (Stream<Path> siblings = Files.list(run.root)) {
      assertEquals(List.of("_site", "content", "site-assets", "templates"),
          siblings.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  static Map<String, byte[]> snapshot(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static List<String> commands(String help) {
    List<String> lines = help.lines().toList();
    int from = lines.indexOf("Commands:") + 1;
    return lines.subList(from, lines.size()).stream().filter(l -> l.matches("^  \\S.*"))
        .map(l -> l.strip().split("\\s+")[0]).toList();
  }

  private static TreeSet<String> options(String help) {
    TreeSet<String> found = new TreeSet<>();
    Matcher m = Pattern.compile("(?m)^\\s+(?:-\\w, )?(--[a-z-]+)").matcher(help);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
