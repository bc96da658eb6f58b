package duizhao.invalid;

import duizhao.testing.Project;
import duizhao.testing.SiteRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One invalid-input case: a folder under {@code src/test/resources/invalid/} that breaks a scratch copy of the
 * project and names the exact messages the build must print (see the README in that folder).
 *
 * <p>Under {@code files/}, paths mirror the project ({@code content/EDITION/…}, {@code templates/…}, where
 * {@code EDITION} stands for the real edition's folder). A plain file replaces or adds that file; {@code NAME.replace}
 * holds {@code <<<<<<<}/{@code =======}/{@code >>>>>>>} blocks, each replacing text that must occur exactly once;
 * {@code NAME.delete} deletes it; {@code NAME.rename} holds the new name.
 */
record Fixture(String name, Path dir) {
  static final Path ROOT = Project.ROOT.resolve("src/test/resources/invalid");
  private static final String EDITION_TOKEN = "EDITION";

  static List<Fixture> all() {
    try (Stream<Path> s = Files.list(ROOT)) {
      return s.filter(Files::isDirectory).sorted().map(p -> new Fixture(p.getFileName().toString(), p)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path expectedFile() {
    return dir.resolve("expected.txt");
  }

  String expected() {
    return Files.exists(expectedFile()) ? Project.read(expectedFile()) : "";
  }

  /** Extra command-line arguments, one per line; {@code {root}} is the scratch project's folder. */
  List<String> args(SiteRun run) {
    Path file = dir.resolve("args.txt");
    if (!Files.exists(file)) {
      return List.of();
    }
    return Project.read(file).lines().filter(l -> !l.isBlank())
        .map(l -> l.replace("{root}", run.root.toString())).toList();
  }

  /** Applies the case's changes to a scratch copy of the project. */
  void applyTo(SiteRun run) {
    Path files = dir.resolve("files");
    if (!Files.isDirectory(files)) {
      return;
    }
    List<Path> changes = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(files)) {
      walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).forEach(changes::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path change : changes) {
      String rel = files.relativize(change).toString().replace(EDITION_TOKEN, Project.EDITION);
      try {
        apply(run.root, rel, change);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void apply(Path root, String rel, Path change) throws IOException {
    if (rel.endsWith(".delete")) {
      Files.delete(root.resolve(strip(rel, ".delete")));
    } else if (rel.endsWith(".rename")) {
      Path from = root.resolve(strip(rel, ".rename"));
      Files.move(from, from.resolveSibling(Files.readString(change, StandardCharsets.UTF_8).strip()));
    } else if (rel.endsWith(".replace")) {
      Path target = root.resolve(strip(rel, ".replace"));
      String text = Files.readString(target, StandardCharsets.UTF_8);
      for (String[] block : blocks(Files.readString(change, StandardCharsets.UTF_8), change)) {
        int at = text.indexOf(block[0]);
        if (at < 0 || text.indexOf(block[0], at + 1) >= 0) {
          throw new IllegalArgumentException(change + ": expected exactly one occurrence of:\n" + block[0]);
        }
        text = text.substring(0, at) + block[1] + text.substring(at + block[0].length());
      }
      Files.writeString(target, text, StandardCharsets.UTF_8);
    } else {
      Path target = root.resolve(rel);
      Files.createDirectories(target.getParent());
      Files.copy(change, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** {@code <<<<<<<\nold\n=======\nnew\n>>>>>>>} blocks; the line breaks next to the markers are not part of the text. */
  private static List<String[]> blocks(String patch, Path file) {
    List<String[]> blocks = new ArrayList<>();
    int i = 0;
    while ((i = patch.indexOf("<<<<<<<\n", i)) >= 0) {
      int mid = patch.indexOf("\n=======\n", i);
      int end = patch.indexOf("\n>>>>>>>", mid);
      if (mid < 0 || end < 0) {
        throw new IllegalArgumentException(file + ": unterminated replace block");
      }
      String from = patch.substring(i + 8, mid);
      String to = mid + 9 > end ? "" : patch.substring(mid + 9, end);
      blocks.add(new String[] {from, to});
      i = end + 8;
    }
    if (blocks.isEmpty()) {
      throw new IllegalArgumentException(file + ": no replace block");
    }
    return blocks;
  }

  private static String strip(String s, String suffix) {
    return s.substring(0, s.length() - suffix.length());
  }
}
