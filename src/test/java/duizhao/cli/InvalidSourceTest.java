package duizhao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import duizhao.testing.ArticleText;
import duizhao.testing.Golden;
import duizhao.testing.SiteRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each broken source text in {@code src/test/resources/loader/invalid/} makes {@code build} exit 1 with exactly the
 * message in {@code src/test/resources/golden/invalid-source/}, and writes nothing.
 */
class InvalidSourceTest {
  @TempDir Path dir;

  static Stream<Path> invalidSources() {
    return ArticleText.invalidFixtures();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidSources")
  void failsWithItsExactMessageAndExitCode1(Path fixture) {
    SiteRun run = SiteRun.copyOfProject(dir);
    run.replaceSource(ArticleText.bytes(fixture));
    SiteRun.Result result = run.build();
    assertEquals(1, result.exitCode(), result::toString);
    assertEquals("", result.out());
    String name = fixture.getFileName().toString();
    Golden.assertMatches("invalid-source/" + name.replaceFirst("\\.[a-z]+$", ".txt"), run.relative(result.err()));
    assertFalse(Files.exists(run.out), "nothing was written");
  }
}
