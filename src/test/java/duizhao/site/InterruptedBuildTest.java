package duizhao.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duizhao.testing.SiteRun;
import duizhao.testing.Subprocess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills real builds (a JVM of their own, SIGKILL) while they write the site, and checks that a reader always finds
 * either the whole old site or the whole new one, and that the next build recovers.
 */
class InterruptedBuildTest {
  private static final int KILLS = 2;

  @TempDir Path dir;

  @Test
  void aBuildKilledWhileWritingLeavesTheOldSiteWhole() throws Exception {
    SiteRun run = SiteRun.copyOfProject(dir.resolve("project"));
    // Large assets make the write take long enough for the kill to land inside it.
    byte[] filler = new byte[4 << 20];
    new Random(7).nextBytes(filler);
    for (int i = 0; i < 12; i++) {
      Files.write(run.assets.resolve("filler-" + i + ".bin"), filler);
    }
    assertEquals(0, run.build().exitCode());
    Map<String, Integer> old = fingerprint(run.out);
    run.replace("translation.en.md", "was warmly greeted by Biden.", "was greeted warmly by Biden.");
    Path newSite = dir.resolve("new-site");
    assertEquals(0, SiteRun.run("build", "--content", run.content.toString(), "--templates", run.templates.toString(),
        "--assets", run.assets.toString(), "--out", newSite.toString()).exitCode());
    Map<String, Integer> fresh = fingerprint(newSite);

    Path building = SiteWriter.sibling(run.out, ".building");
    Path previous = SiteWriter.sibling(run.out, ".previous");
    Random random = new Random(42);
    int killedWhileWriting = 0;
    for (int i = 0; i < KILLS; i++) {
      Path logs = Files.createDirectories(dir.resolve("logs-" + i));
      Process p = Subprocess.start(logs, List.of(), Map.of(), "build", "--content", run.content.toString(),
          "--templates", run.templates.toString(), "--assets", run.assets.toString(), "--out", run.out.toString());
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (p.isAlive() && !Files.exists(building) && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      Thread.sleep(random.nextInt(40));
      if (p.isAlive()) {
        killedWhileWriting++;
      }
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);

      Map<String, Integer> site = Files.exists(run.out) ? fingerprint(run.out) : fingerprint(previous);
      assertTrue(site.equals(old) || site.equals(fresh), "kill " + i + " left a mixed site");
    }
    assertTrue(killedWhileWriting > 0, "at least one kill landed while the site was being written");

    SiteRun.Result next = run.build();
    assertEquals(0, next.exitCode(), next::toString);
    assertEquals(fresh, fingerprint(run.out));
    try (Stream<Path> s = Files.list(run.root)) {
      assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("._site")).toList());
    }
  }

  /** Every file's path and content hash; enough to tell two sites apart. */
  private static Map<String, Integer> fingerprint(Path root) throws IOException {
    Map<String, Integer> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Arrays.hashCode(Files.readAllBytes(p)));
      }
    }
    return files;
  }
}
