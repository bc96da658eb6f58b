package duizhao.source;

import duizhao.diagnostic.ContentException;
import duizhao.diagnostic.Diagnostic;
import duizhao.diagnostic.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the content folder: {@code lexicon/*.tsv} and every sub-folder with an {@code edition.md}. Listings are
 * sorted by name so that the file system's order never changes the output.
 */
public final class ContentReader {
  public static final String EDITION_FILE = "edition.md";
  private static final String LEXICON_FOLDER = "lexicon";
  private static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  private ContentReader() {}

  public static ContentSources read(Path contentDir) throws ContentException {
    String shown = contentDir.toString();
    if (!Files.isDirectory(contentDir)) {
      throw ContentException.of(Diagnostic.error(shown, 0, 0, Files.exists(contentDir)
              ? "the content folder is a file, not a folder" : "the content folder does not exist", "",
          "run from the project folder, or name the folder with --content DIR"));
    }
    try {
      List<ContentFile> lexicon = new ArrayList<>();
      Path lexiconDir = contentDir.resolve(LEXICON_FOLDER);
      if (Files.isDirectory(lexiconDir)) {
        for (Path p : sortedFiles(lexiconDir)) {
          if (p.getFileName().toString().endsWith(".tsv")) {
            lexicon.add(read(p, shown + "/" + LEXICON_FOLDER + "/" + p.getFileName()));
          }
        }
      }
      List<EditionSources> editions = new ArrayList<>();
      Diagnostics problems = new Diagnostics();
      for (Path dir : sortedDirs(contentDir)) {
        String name = dir.getFileName().toString();
        if (name.equals(LEXICON_FOLDER) || name.startsWith(".")) {
          continue;
        }
        String folder = shown + "/" + name;
        Map<String, ContentFile> files = new LinkedHashMap<>();
        for (Path p : sortedFiles(dir)) {
          files.put(p.getFileName().toString(), read(p, folder + "/" + p.getFileName()));
        }
        EditionSources edition = new EditionSources(folder, files);
        if (files.containsKey(EDITION_FILE)) {
          editions.add(edition);
        } else {
          // A folder that is not an edition is most often one whose edition.md was renamed or deleted by mistake.
          problems.add(Diagnostic.error(folder, 0, 0, "the folder has no " + EDITION_FILE, "",
              edition.lookalike(EDITION_FILE).map(f -> "found " + f + ": rename it to " + EDITION_FILE)
                  .orElse("every folder in " + shown + " is an edition with an " + EDITION_FILE
                      + " (see README, \"Content\"); move anything else out of " + shown)));
        }
      }
      problems.throwIfErrors();
      if (editions.isEmpty()) {
        throw ContentException.of(Diagnostic.error(shown, 0, 0, "the content folder holds no edition", "",
            "each edition is a folder with an " + EDITION_FILE + " (see README, \"Content\")"));
      }
      return new ContentSources(lexicon, editions);
    } catch (IOException e) {
      throw ContentException.of(Diagnostic.error(shown, 0, 0, "cannot read the content folder: " + e.getMessage(),
          "", "check that the folder and its files are readable"));
    }
  }

  private static ContentFile read(Path file, String shown) throws IOException, ContentException {
    if (Files.size(file) > MAX_FILE_BYTES) {
      throw ContentException.of(Diagnostic.error(shown, 0, 0, "the file is larger than 64 MiB", "",
          "content files are text; check that the right file was copied here"));
    }
    return new ContentFile(shown, Files.readAllBytes(file));
  }

  private static List<Path> sortedFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
    }
  }

  private static List<Path> sortedDirs(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
    }
  }
}
