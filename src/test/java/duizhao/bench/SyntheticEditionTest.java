package duizhao.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duizhao.pipeline.Build;
import duizhao.pipeline.BuildOptions;
import duizhao.pipeline.BuildResult;
import duizhao.model.Article;
import duizhao.model.EditionContent;
import duizhao.testing.Project;
import duizhao.testing.SiteRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticEditionTest {
  @TempDir Path dir;

  @Test
  void anEditionThreeTimesAsLongBuildsWithThreeTimesTheParagraphsAndTheSameText() throws Exception {
    BuildOptions real = new BuildOptions(Project.CONTENT, Project.TEMPLATES, Project.ASSETS, null, true, false);
    Path content = dir.resolve("content");

    int paragraphs = SyntheticEdition.write(real, content, 3);

    BuildResult original = new Build().run(real);
    BuildResult tripled = new Build().run(new BuildOptions(content, Project.TEMPLATES, Project.ASSETS, null, true,
        false));
    assertEquals(3 * original.paragraphs(), paragraphs);
    assertEquals(3 * original.paragraphs(), tripled.paragraphs());
    assertEquals(3 * original.sentences(), tripled.sentences());
    Article a = original.contents().get(0).article();
    Article b = tripled.contents().get(0).article();
    assertEquals(a.paragraphs().get(0).zh(), b.paragraphs().get(0).zh());
    assertEquals(a.paragraphs().get(0).zh(), b.paragraphs().get(a.paragraphs().size()).zh());
    assertEquals(null, b.paragraphs().get(a.paragraphs().size()).dateline(), "the dateline occurs once");
    assertEquals(5, b.pillars().size(), "numbered points occur once");
    EditionContent t = tripled.contents().get(0);
    assertEquals(3 * original.contents().get(0).occurrences().size(), t.occurrences().size()
        + 2 * countInTitleAndDateline(original.contents().get(0)), "every repeat has the same glossary terms");
    assertTrue(SiteRun.run("check", "--content", content.toString()).exitCode() == 0);
  }

  @Test
  void benchMeasuresAndPrintsOneLinePerScale() {
    SiteRun.Result result = SiteRun.run("bench", "--warmup", "0", "--runs", "1", "--scales", "1,2");

    assertEquals(0, result.exitCode(), result::toString);
    assertEquals(4, result.out().lines().count(), result.out());
    assertTrue(result.out().lines().skip(2).findFirst().orElseThrow().startsWith("   1×          21         63  "));
    assertTrue(result.out().lines().skip(3).findFirst().orElseThrow().startsWith("   2×          42        126  "));
  }

  private static int countInTitleAndDateline(EditionContent content) {
    return (int) content.occurrences().stream().filter(o -> o.unit().equals("title") || o.unit().equals("dateline")
        || o.unit().equals("source")).count();
  }
}
