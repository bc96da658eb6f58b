package duizhao.testing;

import duizhao.article.ArticleParser;
import duizhao.diagnostic.ContentException;
import duizhao.edition.SourceCheck;
import duizhao.model.Article;
import duizhao.model.Paragraph;
import duizhao.model.Repair;
import duizhao.model.Sentence;
import duizhao.source.SourceDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Loading source texts the way the build does, and writing a loaded article back out as text for comparisons. */
public final class ArticleText {
  public static final Path FIXTURES = Project.ROOT.resolve("src/test/resources/loader");
  public static final Path SOURCE = Project.EDITION_DIR.resolve("source.zh.txt");

  private ArticleText() {}

  /** Decodes and parses bytes as the build does; {@code shown} is the file name diagnostics use. */
  public static Article load(String shown, byte[] bytes) throws ContentException {
    return ArticleParser.parse(shown, SourceDecoder.decode(shown, bytes), SourceCheck.sha256(bytes));
  }

  public static Article load(Path file) throws ContentException {
    return load(file.getFileName().toString(), bytes(file));
  }

  public static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The valid loader fixtures, {@code src/test/resources/loader/*.txt}, by name. */
  public static Stream<Path> fixtures() {
    return files(FIXTURES);
  }

  /** The invalid loader fixtures, {@code src/test/resources/loader/invalid/*}, by name. */
  public static Stream<Path> invalidFixtures() {
    return files(FIXTURES.resolve("invalid"));
  }

  private static Stream<Path> files(Path dir) {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(Files::isRegularFile).sorted().toList().stream();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The article's structure and text, without source locations: two loads that give the same dump gave the same
   * article, whatever the line endings or wrapping of their files.
   */
  public static String dump(Article article) {
    StringBuilder out = new StringBuilder();
    out.append("title ").append(article.title()).append('\n');
    if (article.sourceLine() != null) {
      out.append("source-line ").append(article.sourceLine().text()).append(" (date ")
          .append(article.sourceLine().date()).append(", source ").append(article.sourceLine().source()).append(")\n");
    }
    if (article.dateline() != null) {
      out.append("dateline ").append(article.dateline()).append('\n');
    }
    for (Paragraph p : article.paragraphs()) {
      out.append('\n').append(p.id());
      if (p.pillar() != null) {
        out.append(' ').append(p.pillarId());
      }
      out.append('\n');
      for (Sentence s : p.sentences()) {
        out.append(s.id()).append(' ').append(s.zh()).append('\n');
      }
    }
    return out.toString();
  }

  /** {@link #dump} followed by the repairs with where they were made: what a golden file holds. */
  public static String dumpWithRepairs(Article article) {
    StringBuilder out = new StringBuilder(dump(article)).append("\nrepairs\n");
    for (Repair r : article.repairs()) {
      out.append(r.location().line()).append(':').append(r.location().column()).append(' ')
          .append(r.description()).append('\n');
    }
    return out.toString();
  }

  /**
   * The article written back as a source text in the extraction's style: title, source line, then paragraphs (the
   * first with its dateline), separated by blank lines and hard-wrapped at {@code width} characters with no space at
   * a wrap. Loading it must give the same article.
   */
  public static String wrapped(Article article, int width) {
    StringBuilder out = new StringBuilder("\n\n").append(wrap(article.title(), width)).append("\n\n");
    if (article.sourceLine() != null) {
      out.append(wrap(article.sourceLine().text(), width)).append("\n\n");
    }
    for (Paragraph p : article.paragraphs()) {
      String text = p.dateline() == null ? p.zh() : p.dateline() + " " + p.zh();
      out.append(wrap(text, width)).append("\n\n");
    }
    return out.toString();
  }

  /** Breaks after every {@code width} code points, except next to a space, which a wrap would lose. */
  static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder();
    int[] cps = text.codePoints().toArray();
    int run = 0;
    for (int i = 0; i < cps.length; i++) {
      out.appendCodePoint(cps[i]);
      run++;
      boolean more = i + 1 < cps.length;
      if (run >= width && more && cps[i] != ' ' && cps[i + 1] != ' ') {
        out.append('\n');
        run = 0;
      }
    }
    return out.toString();
  }

  public static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
