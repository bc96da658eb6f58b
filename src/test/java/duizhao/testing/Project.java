package duizhao.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** Paths of the real project (tests run with the project folder as working directory) and a way to copy it. */
public final class Project {
  public static final Path ROOT = Path.of("").toAbsolutePath();
  public static final Path CONTENT = ROOT.resolve("content");
  public static final Path TEMPLATES = ROOT.resolve("templates");
  public static final Path ASSETS = ROOT.resolve("site-assets");
  public static final String EDITION = "xinhua-2023-11-15-xi-biden-meeting";
  public static final Path EDITION_DIR = CONTENT.resolve(EDITION);

  private Project() {}

  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies a folder tree (content, templates, assets) so a test can break a copy and never the real one. */
  public static void copyTree(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
