package duizhao.site;

import duizhao.diagnostic.ContentException;
import duizhao.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a site so that a reader never sees half of one: everything goes to a temporary sibling folder
 * ({@code .NAME.building}), which is swapped in by two renames only when complete, the old site passing through
 * {@code .NAME.previous}. A build that fails or is killed at any point leaves the previous site as it was, or (killed
 * between the two renames) under {@code .NAME.previous}, from where the next build puts it back before anything else.
 */
public final class SiteWriter {
  /** Marks a folder as ours, so a mistyped --out never replaces someone's files. */
  public static final String MARKER = ".duizhao-site";

  private static final String HINT = "choose another folder with --out";

  private SiteWriter() {}

  /**
   * Checks, before anything is built, that a site may be written to {@code out}.
   *
   * @param protectedDirs folders the output must neither be, nor lie inside, nor contain (content, templates, assets)
   */
  public static void checkTarget(Path out, List<Path> protectedDirs) throws ContentException {
    String shown = out.toString();
    Path target = resolved(out);
    if (target.getParent() == null) {
      throw failure(shown, "the output folder cannot be the root of the file system", "write the site elsewhere,"
          + " e.g. --out _site");
    }
    for (Path dir : protectedDirs) {
      Path p = resolved(dir);
      String relation = target.equals(p) ? "is the same folder as" : target.startsWith(p) ? "is inside"
          : p.startsWith(target) ? "contains" : null;
      if (relation != null) {
        throw failure(shown, "the output folder " + relation + " " + dir + ", which the build reads",
            "the output folder is replaced as a whole on every build; write the site elsewhere, e.g. --out _site");
      }
    }
    for (Path p = target; p != null; p = p.getParent()) {
      if (Files.exists(p) && !Files.isDirectory(p)) {
        throw failure(shown, "cannot create the output folder: " + p + " is a file, not a folder", HINT);
      }
    }
    try {
      if (Files.isDirectory(target) && !Files.isRegularFile(target.resolve(MARKER)) && !isEmptyDir(target)) {
        throw failure(shown, "the output folder exists and was not written by duizhao (it has no " + MARKER
            + ")", HINT + ", or delete this one if it is safe to");
      }
    } catch (IOException e) {
      throw failure(shown, "cannot read the output folder: " + describe(e), HINT);
    }
  }

  /** Writes the site to {@code out}, replacing the previous one only when the new one is complete. */
  public static void write(Path out, SiteFiles files, List<Path> protectedDirs) throws ContentException {
    Path target = resolved(out);
    Path previous = sibling(target, ".previous");
    Path temp = sibling(target, ".building");
    try {
      recoverInterruptedSwap(target, previous);
      checkTarget(out, protectedDirs);
      Files.createDirectories(target.getParent());
      deleteTree(temp);
      Files.createDirectories(temp);
      for (Map.Entry<String, byte[]> f : files.all().entrySet()) {
        Path p = temp.resolve(f.getKey()).normalize();
        if (!p.startsWith(temp) || p.equals(temp)) {
          throw new IllegalStateException("output path escapes the site: " + f.getKey());
        }
        Files.createDirectories(p.getParent());
        Files.write(p, f.getValue());
      }
      Files.writeString(temp.resolve(MARKER), "Written by duizhao. This folder is replaced on every build.\n",
          StandardCharsets.UTF_8);
      swap(temp, target, previous);
    } catch (IOException e) {
      try {
        deleteTree(temp);
      } catch (IOException ignored) {
        // The message below matters more than the leftover temporary folder, which the next build deletes.
      }
      throw failure(out.toString(), "cannot write the output folder: " + describe(e),
          "check that the folder's parent exists and is writable, or " + HINT);
    }
  }

  /** The temporary sibling folders of a site, e.g. {@code ._site.building}. */
  static Path sibling(Path target, String suffix) {
    return target.resolveSibling("." + target.getFileName() + suffix);
  }

  private static void swap(Path temp, Path target, Path previous) throws IOException {
    if (Files.exists(target)) {
      deleteTree(previous);
      move(target, previous);
      move(temp, target);
      deleteTree(previous);
    } else {
      move(temp, target);
    }
  }

  /** A previous build killed between its two renames left the old site under its temporary name: put it back. */
  static void recoverInterruptedSwap(Path target, Path previous) throws IOException {
    if (!Files.exists(target) && Files.isDirectory(previous)) {
      move(previous, target);
    }
  }

  /** An absolute path with symbolic links resolved as far as the path exists, so two names of a folder compare equal. */
  static Path resolved(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    } catch (IOException e) {
      return absolute;
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

  private static ContentException failure(String shown, String message, String hint) {
    return ContentException.of(Diagnostic.error(shown, 0, 0, message, "", hint));
  }

  private static String describe(IOException e) {
    if (e instanceof FileSystemException fs && fs.getFile() != null) {
      String reason = fs.getReason() != null ? fs.getReason() : switch (e.getClass().getSimpleName()) {
        case "AccessDeniedException" -> "permission denied";
        case "FileAlreadyExistsException" -> "a file is in the way";
        case "NoSuchFileException" -> "no such file or folder";
        case "NotDirectoryException" -> "not a folder";
        default -> e.getClass().getSimpleName().replace("Exception", "");
      };
      return fs.getFile() + ": " + reason.toLowerCase(Locale.ROOT);
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
