package duizhao.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duizhao.testing.SiteRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that do not depend on each other are all checked before the build stops: one run shows every problem. */
class SeveralBrokenFilesTest {
  @TempDir Path dir;

  @Test
  void aBrokenTranslationAndABrokenGlossaryAreReportedTogether() {
    SiteRun run = SiteRun.copyOfProject(dir);
    run.replace("translation.en.md", "# p7 {speaker=xi}", "# p77 {speaker=xi}");
    String glossary = run.read("glossary.md");
    int first = glossary.indexOf("\n## term-");
    int second = glossary.indexOf("\n## term-", first + 1);
    run.write("glossary.md", glossary + glossary.substring(first, second));

    SiteRun.Result result = run.build();

    assertEquals(1, result.exitCode(), result::toString);
    String err = run.relative(result.err());
    assertTrue(err.contains("translation.en.md:"), err);
    assertTrue(err.contains("glossary.md:") && err.contains("duplicate glossary id"), err);
    assertTrue(err.indexOf("translation.en.md:") < err.indexOf("glossary.md:"), "in pipeline order: " + err);
  }
}
