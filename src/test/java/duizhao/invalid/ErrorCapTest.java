package duizhao.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duizhao.diagnostic.Diagnostics;
import duizhao.testing.SiteRun;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorCapTest {
  private static final Pattern HEADLINE = Pattern.compile("(?m)^content/\\S+:\\d+:\\d+: error: ");

  @TempDir Path dir;

  @Test
  void reportsEveryErrorOfAStageUpToFiftyAndCountsTheRest() {
    SiteRun run = SiteRun.copyOfProject(dir);
    String translation = run.read("translation.en.md");
    int[] lines = {0};
    boolean[] inParagraph = {false};
    String broken = translation.lines().map(l -> {
      if (l.startsWith("#") || l.startsWith("[^")) {
        inParagraph[0] = l.startsWith("# p");
        return l;
      }
      if (inParagraph[0] && !l.isBlank()) {
        lines[0]++;
        return "{speaker=nobody} " + l;
      }
      return l;
    }).collect(Collectors.joining("\n", "", "\n"));
    run.write("translation.en.md", broken);

    SiteRun.Result result = run.build();

    assertEquals(1, result.exitCode(), result::toString);
    String err = InvalidContentTest.relative(result.err(), dir);
    List<String> headlines = HEADLINE.matcher(err).results().map(m -> m.group()).toList();
    assertEquals(Diagnostics.CAP, headlines.size(), err);
    assertTrue(lines[0] > Diagnostics.CAP, "the case makes more errors than the cap: " + lines[0]);
    int dropped = lines[0] - Diagnostics.CAP;
    assertTrue(err.endsWith("(" + dropped + " more errors not shown)\n" + lines[0] + " errors; nothing was written\n"),
        err);
  }
}
