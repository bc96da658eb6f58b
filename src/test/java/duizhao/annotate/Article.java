package duizhao.annotate;

import duizhao.diagnostic.ContentException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The article and the hand-made fixtures of src/test/resources/annotate/, and one annotator built from the lexicon in
 * content/lexicon/ (building it takes a few seconds, so the tests share it; it is immutable).
 */
final class Article {
  static final Path LEXICON_DIRECTORY = Path.of("content", "lexicon");
  static final Path OVERRIDES = Path.of("content", "xinhua-2023-11-15-xi-biden-meeting", "overrides.tsv");

  private static final Lexicon LEXICON = readLexicon();
  private static final Annotator ANNOTATOR = Annotator.create(LEXICON);

  private Article() {}

  static Lexicon lexicon() {
    return LEXICON;
  }

  static Annotator annotator() {
    return ANNOTATOR;
  }

  /** Sentence id (title, dateline, p1-s1 …) → text, in article order. */
  static Map<String, String> sentences() {
    return fixture("sentences.txt");
  }

  /** Sentence id → words separated by spaces. */
  static Map<String, String> segmentation() {
    return fixture("segmentation.txt");
  }

  /** Sentence id → one tone-numbered syllable per Chinese character, separated by spaces. */
  static Map<String, String> reading() {
    return fixture("reading.txt");
  }

  static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> fixture(String name) {
    Map<String, String> lines = new LinkedHashMap<>();
    for (String line : read(Path.of("src", "test", "resources", "annotate", name)).split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] fields = line.split("\t", 2);
        lines.put(fields[0], fields[1]);
      }
    }
    return lines;
  }

  private static Lexicon readLexicon() {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.list(LEXICON_DIRECTORY)) {
      for (Path path : paths.filter(p -> p.toString().endsWith(".tsv")).toList()) {
        files.put(path.toString(), read(path));
      }
      return Lexicon.standard(files);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ContentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** The syllables of the tokens, in order. */
  static List<String> readings(List<duizhao.model.Token> tokens) {
    return tokens.stream().flatMap(t -> t.readings().stream()).toList();
  }
}
