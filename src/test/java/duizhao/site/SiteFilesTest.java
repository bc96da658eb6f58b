package duizhao.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteFilesTest {
  @ParameterizedTest
  @ValueSource(strings = {"index.html", "edition.json", "assets/duizhao.css", "editions/xi-biden/index.html",
      "assets/fonts/a_b-1.woff2", ".duizhao-site"})
  void acceptsPlainRelativePaths(String path) {
    assertTrue(SiteFiles.isSafe(path));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", "..", "../x", "../../etc/passwd", "a/../../x", "a/..", "a/../b", "./a", "a/./b",
      "/etc/passwd", "/", "a//b", "a/", "C:\\x", "a\\b", "..\\x", "~/x", "x\u0000y", "%2e%2e/x", "a b",
      "ｘ.html", "a/\u202e", "a:b", "a/-/../..", "-", "-rf"})
  void rejectsPathsThatCouldLeaveTheSiteOrSurpriseAShell(String path) {
    assertFalse(SiteFiles.isSafe(path));
    assertThrows(IllegalArgumentException.class, () -> new SiteFiles().add(path, "x"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"index.html", "assets/a.css"})
  void refusesTwoOutputsAtOnePath(String path) {
    SiteFiles files = new SiteFiles();
    files.add(path, "one");
    assertThrows(IllegalArgumentException.class, () -> files.add(path, "two"));
  }
}
