package duizhao.bench;

import duizhao.pipeline.Build;
import duizhao.pipeline.BuildOptions;
import duizhao.diagnostic.ContentException;
import duizhao.model.Article;
import duizhao.model.EditionContent;
import duizhao.model.Paragraph;
import duizhao.source.ContentReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a content folder whose edition is the real one with its body repeated {@code scale} times: the Chinese
 * paragraphs and their translation blocks again and again, renumbered, with the recorded SHA-256 updated. Repeats drop
 * the dateline and the numbered-point ordinals (一是 …), which may occur only once. The glossary and notes stay as
 * they are, so every repeat has the same terms and note references as the original: the work per paragraph is the
 * real one.
 */
public final class SyntheticEdition {
  private static final Pattern ORDINAL = Pattern.compile("^[一二三四五六七八九十]+是");
  private static final Pattern HEADING = Pattern.compile("(?m)^# p(\\d+)( .*)?$");
  private static final Pattern SHA = Pattern.compile("(?m)^source-sha256: *[0-9a-f]{64} *$");

  private SyntheticEdition() {}

  /**
   * Copies the content folder of {@code options} to {@code target} (which must not exist) with each edition's body
   * repeated {@code scale} times. The editions are loaded first, so the Chinese is written as the loader split and
   * repaired it.
   *
   * @return the number of body paragraphs of the first synthetic edition
   */
  public static int write(BuildOptions options, Path target, int scale) throws IOException, ContentException {
    if (scale < 1) {
      throw new IllegalArgumentException("scale must be at least 1");
    }
    List<EditionContent> editions = new Build().run(options).contents();
    Files.createDirectories(target.toAbsolutePath().getParent());
    copyTree(options.content(), target);
    for (EditionContent edition : editions) {
      edition(edition, target.resolve(edition.meta().id()), scale);
    }
    return editions.get(0).article().paragraphs().size() * scale;
  }

  private static void edition(EditionContent edition, Path folder, int scale) throws IOException {
    Article article = edition.article();
    StringBuilder source = new StringBuilder(article.title()).append("\n\n");
    if (article.sourceLine() != null) {
      source.append(article.sourceLine().text()).append("\n\n");
    }
    for (int copy = 0; copy < scale; copy++) {
      for (Paragraph p : article.paragraphs()) {
        if (copy == 0) {
          source.append(p.dateline() == null ? "" : p.dateline() + " ").append(p.zh());
        } else {
          source.append(ORDINAL.matcher(p.zh()).replaceFirst(""));
        }
        source.append("\n\n");
      }
    }
    byte[] bytes = source.toString().getBytes(StandardCharsets.UTF_8);
    Files.write(folder.resolve(edition.meta().sourceFile()), bytes);
    Path meta = folder.resolve(ContentReader.EDITION_FILE);
    Files.writeString(meta, SHA.matcher(read(meta)).replaceFirst("source-sha256: " + sha256(bytes)),
        StandardCharsets.UTF_8);
    Path translation = folder.resolve(Build.TRANSLATION_FILE);
    Files.writeString(translation, translation(read(translation), article.paragraphs().size(), scale),
        StandardCharsets.UTF_8);
  }

  /** The paragraph blocks ({@code # p1} up to the note definitions) repeated, each repeat renumbered. */
  private static String translation(String text, int paragraphs, int scale) {
    text = text.replace("\r\n", "\n");
    Matcher first = HEADING.matcher(text);
    if (!first.find()) {
      throw new IllegalArgumentException("the translation has no # p1 block");
    }
    int start = first.start();
    Matcher notes = Pattern.compile("(?m)^\\[\\^[^\\]]+\\]:").matcher(text);
    int end = notes.find(start) ? notes.start() : text.length();
    String blocks = text.substring(start, end);
    StringBuilder out = new StringBuilder(text.substring(0, start));
    for (int copy = 0; copy < scale; copy++) {
      int offset = copy * paragraphs;
      Matcher h = HEADING.matcher(blocks);
      out.append(h.replaceAll(m -> Matcher.quoteReplacement("# p" + (Integer.parseInt(m.group(1)) + offset)
          + (m.group(2) == null ? "" : m.group(2)))));
      if (!blocks.endsWith("\n\n")) {
        out.append("\n");
      }
    }
    return out.append(text.substring(end)).toString();
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.sorted().toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
