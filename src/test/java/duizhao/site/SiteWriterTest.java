package duizhao.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duizhao.diagnostic.ContentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
  @TempDir Path dir;
  private Path out;
  private Path content;

  @BeforeEach
  void folders() throws IOException {
    out = dir.resolve("_site");
    content = Files.createDirectories(dir.resolve("content"));
  }

  @Test
  void writesEveryFileAndTheMarker() throws Exception {
    SiteWriter.write(out, site("new"), List.of(content));
    assertEquals(Map.of("index.html", "new", "assets/a.css", "new css", SiteWriter.MARKER,
        "Written by duizhao. This folder is replaced on every build.\n"), tree(out));
    assertEquals(List.of("_site", "content"), names(dir));
  }

  @Test
  void replacesThePreviousSiteAsAWhole() throws Exception {
    SiteWriter.write(out, site("old"), List.of(content));
    SiteFiles smaller = new SiteFiles();
    smaller.add("index.html", "new");
    SiteWriter.write(out, smaller, List.of(content));
    assertEquals(Map.of("index.html", "new", SiteWriter.MARKER,
        "Written by duizhao. This folder is replaced on every build.\n"), tree(out));
    assertEquals(List.of("_site", "content"), names(dir));
  }

  @Test
  void aWriteThatFailsHalfWayLeavesThePreviousSiteAndNoTemporaryFolder() throws Exception {
    SiteWriter.write(out, site("old"), List.of(content));
    Map<String, String> before = tree(out);
    // "a" is written as a file first; "a/b" then needs it to be a folder, so writing stops with files already out.
    SiteFiles failing = new SiteFiles();
    failing.add("a", "file");
    failing.add("a/b", "cannot be written");
    ContentException e = assertThrows(ContentException.class, () -> SiteWriter.write(out, failing, List.of(content)));
    assertTrue(e.getMessage().startsWith(out + ": error: cannot write the output folder: "), e.getMessage());
    assertEquals(before, tree(out));
    assertEquals(List.of("_site", "content"), names(dir));
  }

  @Test
  void putsBackTheOldSiteWhenAKillCameBetweenTheTwoRenames() throws Exception {
    SiteWriter.write(out, site("old"), List.of(content));
    Map<String, String> old = tree(out);
    Files.move(out, SiteWriter.sibling(out, ".previous")); // the state a kill after the first rename leaves

    SiteWriter.recoverInterruptedSwap(out, SiteWriter.sibling(out, ".previous"));

    assertEquals(old, tree(out));
    assertEquals(List.of("_site", "content"), names(dir));
  }

  @Test
  void theNextBuildRecoversAnInterruptedSwapEvenIfItFailsItself() throws Exception {
    SiteWriter.write(out, site("old"), List.of(content));
    Map<String, String> old = tree(out);
    Files.move(out, SiteWriter.sibling(out, ".previous"));
    SiteFiles failing = new SiteFiles();
    failing.add("a", "file");
    failing.add("a/b", "cannot be written");

    assertThrows(ContentException.class, () -> SiteWriter.write(out, failing, List.of(content)));

    assertEquals(old, tree(out));
    assertEquals(List.of("_site", "content"), names(dir));
  }

  @Test
  void discardsTheHalfWrittenFolderOfAKilledBuild() throws Exception {
    SiteWriter.write(out, site("old"), List.of(content));
    Path building = Files.createDirectories(SiteWriter.sibling(out, ".building"));
    Files.writeString(building.resolve("index.html"), "half", StandardCharsets.UTF_8);

    SiteWriter.write(out, site("new"), List.of(content));

    assertEquals("new", tree(out).get("index.html"));
    assertEquals(List.of("_site", "content"), names(dir));
  }

  @Test
  void removesTheOldSiteLeftByAKillAfterTheSecondRename() throws Exception {
    SiteWriter.write(out, site("new"), List.of(content));
    Path previous = Files.createDirectories(SiteWriter.sibling(out, ".previous"));
    Files.writeString(previous.resolve("index.html"), "old", StandardCharsets.UTF_8);

    SiteWriter.write(out, site("newer"), List.of(content));

    assertEquals("newer", tree(out).get("index.html"));
    assertEquals(List.of("_site", "content"), names(dir));
  }

  @Test
  void neverReplacesAFolderItDidNotWrite() throws Exception {
    Files.createDirectories(out);
    Files.writeString(out.resolve("thesis.tex"), "years of work", StandardCharsets.UTF_8);
    assertThrows(ContentException.class, () -> SiteWriter.write(out, site("new"), List.of(content)));
    assertEquals(Map.of("thesis.tex", "years of work"), tree(out));
  }

  @Test
  void recognisesTheContentFolderUnderAnotherName() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("link"), content);
    ContentException e = assertThrows(ContentException.class,
        () -> SiteWriter.write(link.resolve("_site"), site("new"), List.of(content)));
    assertTrue(e.getMessage().contains("is inside " + content), e.getMessage());
    assertFalse(Files.exists(content.resolve("_site")));
  }

  private static SiteFiles site(String version) {
    SiteFiles files = new SiteFiles();
    files.add("index.html", version);
    files.add("assets/a.css", version + " css");
    return files;
  }

  static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
