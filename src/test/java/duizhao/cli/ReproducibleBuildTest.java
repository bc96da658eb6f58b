package duizhao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duizhao.testing.SiteRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproducibleBuildTest {
  @TempDir Path first;
  @TempDir Path second;

  @Test
  void twoBuildsOfTheSameContentAreByteIdentical() throws IOException {
    SiteRun a = SiteRun.copyOfProject(first);
    SiteRun b = SiteRun.copyOfProject(second);
    assertEquals(0, a.build().exitCode());
    assertEquals(0, b.build().exitCode());
    Map<String, byte[]> one = CommandLineTest.snapshot(a.out);
    Map<String, byte[]> two = CommandLineTest.snapshot(b.out);
    assertEquals(one.keySet(), two.keySet());
    assertTrue(one.keySet().containsAll(List.of("index.html", "edition.json", "assets/duizhao.css")));
    one.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, two.get(path)), path + " differs"));
  }

  @Test
  void rebuildingIntoTheSameFolderGivesTheSameBytes() throws IOException {
    SiteRun run = SiteRun.copyOfProject(first);
    assertEquals(0, run.build().exitCode());
    Map<String, byte[]> before = CommandLineTest.snapshot(run.out);
    assertEquals(0, run.build().exitCode());
    Map<String, byte[]> after = CommandLineTest.snapshot(run.out);
    assertEquals(before.keySet(), after.keySet());
    before.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, after.get(path)), path + " differs"));
  }
}
