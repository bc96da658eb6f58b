package duizhao.site;

import duizhao.diagnostic.ContentException;
import duizhao.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a site so that a reader never sees half of one: everything goes to a temporary sibling folder, which is
 * swapped in by rename only when complete. A build that fails or is killed leaves the previous site as it was.
 */
public final class SiteWriter {
  /** Marks a folder as ours, so a mistyped --out never replaces someone's files. */
  public static final String MARKER = ".duizhao-site";

  private SiteWriter() {}

  /**
   * @param protectedDirs folders the output must neither be, nor lie inside, nor contain (content, templates, assets)
   */
  public static void write(Path out, SiteFiles files, List<Path> protectedDirs) throws ContentException {
    Path target = out.toAbsolutePath().normalize();
    String shown = out.toString();
    checkNotProtected(target, shown, protectedDirs);
    Path parent = target.getParent();
    String name = target.getFileName().toString();
    Path previous = parent.resolve("." + name + ".previous");
    Path temp = parent.resolve("." + name + ".building");
    try {
      recoverInterruptedSwap(target, previous);
      if (Files.exists(target) && !Files.isRegularFile(target.resolve(MARKER)) && !isEmptyDir(target)) {
        throw ContentException.of(Diagnostic.error(shown, 0, 0,
            "the output folder exists and was not written by duizhao", "",
            "choose another folder with --out, or delete this one if it is safe to"));
      }
      Files.createDirectories(parent);
      deleteTree(temp);
      Files.createDirectories(temp);
      for (Map.Entry<String, byte[]> f : files.all().entrySet()) {
        Path p = temp.resolve(f.getKey()).normalize();
        if (!p.startsWith(temp)) {
          throw new IllegalStateException("output path escapes the site: " + f.getKey());
        }
        Files.createDirectories(p.getParent());
        Files.write(p, f.getValue());
      }
      Files.writeString(temp.resolve(MARKER), "Written by duizhao. This folder is replaced on every build.\n",
          StandardCharsets.UTF_8);
      if (Files.exists(target)) {
        deleteTree(previous);
        move(target, previous);
        move(temp, target);
        deleteTree(previous);
      } else {
        move(temp, target);
      }
    } catch (IOException e) {
      try {
        deleteTree(temp);
      } catch (IOException ignored) {
        // The message below matters more than the leftover temporary folder.
      }
      throw ContentException.of(Diagnostic.error(shown, 0, 0, "cannot write the output folder: " + describe(e), "",
          "check that the folder's parent exists and is writable, or choose another with --out"));
    }
  }

  private static void checkNotProtected(Path target, String shown, List<Path> protectedDirs) throws ContentException {
    for (Path dir : protectedDirs) {
      Path p = dir.toAbsolutePath().normalize();
      if (target.startsWith(p) || p.startsWith(target)) {
        throw ContentException.of(Diagnostic.error(shown, 0, 0, "the output folder overlaps " + dir
            + ", which the build reads", "", "write the site elsewhere, e.g. --out _site"));
      }
    }
  }

  /** A previous build killed between its two renames left the old site under its temporary name: put it back. */
  private static void recoverInterruptedSwap(Path target, Path previous) throws IOException {
    if (!Files.exists(target) && Files.isDirectory(previous)) {
      move(previous, target);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static boolean isEmptyDir(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static String describe(IOException e) {
    String kind = e.getClass().getSimpleName().replace("Exception", "");
    return (e.getMessage() == null ? kind : kind + " " + e.getMessage()).replace("AccessDenied", "permission denied:");
  }
}
