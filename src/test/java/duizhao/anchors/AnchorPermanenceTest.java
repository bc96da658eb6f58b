package duizhao.anchors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duizhao.edition.SourceCheck;
import duizhao.model.SourceLocation;
import duizhao.testing.Project;
import duizhao.testing.SiteRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnchorPermanenceTest {
  private static final Path MANIFEST = Project.EDITION_DIR.resolve(AnchorManifest.FILE);
  private static final Pattern PUBLISHED = Pattern.compile("title|p\\d+|p\\d+-s\\d+|pillar-\\d+|term-[a-z0-9-]+");

  @TempDir Path dir;

  @Test
  void theCommittedManifestIsWhatTheAnchorsCommandPrintsNow() {
    SiteRun.Result result = SiteRun.run("anchors", "--content", Project.CONTENT.toString());
    assertEquals(0, result.exitCode(), result::toString);
    assertEquals(Project.read(MANIFEST), result.out(), "regenerate: java -jar target/duizhao.jar anchors > "
        + Project.ROOT.relativize(MANIFEST));
  }

  @Test
  void theManifestRecordsExactlyTheAnchorsThePagePublishes() throws IOException {
    SiteRun run = SiteRun.copyOfProject(dir);
    SiteRun.Result result = run.build();
    assertEquals(0, result.exitCode(), result::toString);
    assertEquals("", result.err(), "no warning on the real content");
    Document page = Jsoup.parse(run.out.resolve("index.html").toFile(), "UTF-8");
    List<String> published = page.select("[id]").stream().map(e -> e.id())
        .filter(id -> PUBLISHED.matcher(id).matches()).toList();
    assertEquals(published.size(), Set.copyOf(published).size(), "ids are unique");
    List<String> recorded = Project.read(MANIFEST).lines().filter(l -> !l.startsWith("#") && l.contains("\t"))
        .map(l -> l.substring(0, l.indexOf('\t'))).filter(id -> PUBLISHED.matcher(id).matches()).toList();
    assertEquals(Set.copyOf(published), Set.copyOf(recorded));
    assertTrue(recorded.containsAll(List.of("title", "p1", "p12-s3", "pillar-5", "p21-s1", "term-xi-jinping")));
  }

  @Test
  void aDeclaredCorrectionBuildsAndIsPublishedInTheChangelog() throws IOException {
    SiteRun run = SiteRun.copyOfProject(dir);
    correctP3s1(run);
    run.write("errata.md", run.read("errata.md") + "\n## 1.0.1\n\n- date: 2024-02-01\n- anchors: p3-s1\n"
        + "- change: 两种选择 had been printed as 两个选择.\n- reason: Restores *Xinhua's* wording.\n");
    run.replace("edition.md", "version: 1.0.0", "version: 1.0.1");

    SiteRun.Result result = run.build();

    assertEquals(0, result.exitCode(), result::toString);
    assertTrue(result.err().contains("warning: the manifest still records version 1.0.0, before the errata of 1.0.1"),
        result.err());
    Element changes = Jsoup.parse(run.out.resolve("index.html").toFile(), "UTF-8").getElementById("changelog");
    assertEquals("Version 1.0.1 (2024-02-01): 两种选择 had been printed as 两个选择. Restores Xinhua's wording.",
        changes.selectFirst("li p").text());
    assertEquals("#p3-s1", changes.selectFirst("li a").attr("href"));
    assertEquals("Xinhua's", changes.selectFirst("li em").text());

    SiteRun.Result regenerated = SiteRun.run("anchors", "--content", run.content.toString());
    assertEquals(0, regenerated.exitCode(), regenerated::toString);
    run.write(AnchorManifest.FILE, regenerated.out());
    SiteRun.Result published = run.build();
    assertEquals(0, published.exitCode(), published::toString);
    assertEquals("", published.err(), "the manifest now records 1.0.1");
    assertTrue(regenerated.out().contains("\nversion\t1.0.1\n"));
  }

  @Test
  void aDeclaredRemovalCoversTheAnchorsInsideIt() {
    SiteRun run = SiteRun.copyOfProject(dir);
    String source = run.read("source.zh.txt");
    String removed = source.substring(0, source.indexOf("蔡奇、王毅出席上述活动。")).stripTrailing() + "\n";
    setSource(run, removed);
    String translation = run.read("translation.en.md");
    translation = translation.replaceAll("# p21 \\{speaker=narrator\\}\\n\\n.*\\n\\n", "")
        .replaceAll("\\[\\^cai-wang\\]:.*\\n", "");
    run.write("translation.en.md", translation);
    run.write("errata.md", run.read("errata.md") + "\n## 1.1.0\n\n- date: 2024-03-01\n- anchors: p21\n"
        + "- change: The closing line was withdrawn.\n- reason: A test of removals.\n");
    run.replace("edition.md", "version: 1.0.0", "version: 1.1.0");

    SiteRun.Result result = run.build();

    assertEquals(0, result.exitCode(), result::toString);
    assertFalse(result.err().contains("error"), result.err());
  }

  @Test
  void anAnchorTheManifestDoesNotRecordYetIsAWarning() {
    SiteRun run = SiteRun.copyOfProject(dir);
    String manifest = run.read(AnchorManifest.FILE);
    run.write(AnchorManifest.FILE, manifest.lines().filter(l -> !l.startsWith("p21-s1\t"))
        .collect(Collectors.joining("\n", "", "\n")));

    SiteRun.Result result = run.build();

    assertEquals(0, result.exitCode(), result::toString);
    assertEquals("content/" + Project.EDITION + "/anchors.tsv: warning: 1 new anchor is not in the manifest yet:"
        + " p21-s1\nhint: once they are published, record them: java -jar target/duizhao.jar anchors --edition "
        + Project.EDITION + " > content/" + Project.EDITION + "/anchors.tsv\n", result.err().replace(dir + "/", ""));
    assertEquals(1, run.build("--strict").exitCode(), "--strict makes it an error");
  }

  @Test
  void theAnchorsCommandNeedsAKnownEdition() {
    SiteRun.Result result = SiteRun.run("anchors", "--content", Project.CONTENT.toString(), "--edition", "nope");
    assertEquals(2, result.exitCode(), result::toString);
    assertTrue(result.err().contains("no edition 'nope' with --edition; editions: " + Project.EDITION), result.err());
  }

  @Test
  void hashesSeeOnlyWhatAReaderSees() {
    SourceLocation at = SourceLocation.ofFile("x");
    assertEquals(new Anchor("a", "中美 关系", null, at).hash(), new Anchor("a", " 中美\u3000\n关系 ", null, at).hash());
    assertEquals(new Anchor("a", "e\u0301", null, at).hash(), new Anchor("a", "\u00e9", null, at).hash());
    assertFalse(new Anchor("a", "两种", null, at).hash().equals(new Anchor("a", "两个", null, at).hash()));
    assertEquals(16, new Anchor("a", "x", null, at).hash().length());
  }

  private static void correctP3s1(SiteRun run) {
    setSource(run, run.read("source.zh.txt").replace("中美有两种选择", "中美有两个选择"));
  }

  private static void setSource(SiteRun run, String text) {
    String oldSha = SourceCheck.sha256(run.read("source.zh.txt").getBytes(StandardCharsets.UTF_8));
    run.write("source.zh.txt", text);
    run.replace("edition.md", oldSha, SourceCheck.sha256(text.getBytes(StandardCharsets.UTF_8)));
  }
}
