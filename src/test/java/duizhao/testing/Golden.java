package duizhao.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Expected outputs kept as files under {@code src/test/resources/golden/} and compared byte for byte. Run the tests
 * with {@code -Dgolden.update=true} to rewrite them from the current output, then review the diff before committing.
 */
public final class Golden {
  public static final Path ROOT = Project.ROOT.resolve("src/test/resources/golden");
  private static final String UPDATE_HINT =
      "; if the change is intended, run mvn -B -o verify -Dgolden.update=true and review git diff";

  private Golden() {}

  public static boolean updating() {
    return Boolean.parseBoolean(System.getProperty("golden.update", "false"));
  }

  /** Compares {@code actual} with the golden file at {@code relative} (below the golden folder), or rewrites it. */
  public static void assertMatches(String relative, String actual) {
    Path file = ROOT.resolve(relative);
    byte[] bytes = actual.getBytes(StandardCharsets.UTF_8);
    try {
      if (updating()) {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return;
      }
      if (!Files.isRegularFile(file)) {
        fail("golden file " + Project.ROOT.relativize(file) + " is missing" + UPDATE_HINT);
      }
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      assertEquals(expected, actual, "output differs from " + Project.ROOT.relativize(file) + UPDATE_HINT);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
