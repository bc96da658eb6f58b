package duizhao.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duizhao.diagnostic.ContentException;
import duizhao.model.Article;
import duizhao.model.Paragraph;
import duizhao.testing.ArticleText;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Cheap properties that hold for every loader fixture and for the real source. */
class LoaderInvariantsTest {
  static Stream<Path> sources() {
    return Stream.concat(Stream.of(ArticleText.SOURCE), ArticleText.fixtures());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sources")
  void repairingTwiceChangesNothing(Path file) throws ContentException {
    Article once = ArticleText.load(file);
    for (int width : new int[] {7, 28, 1000}) {
      String again = ArticleText.wrapped(once, width);
      Article twice = ArticleText.load("again.txt", again.getBytes(StandardCharsets.UTF_8));
      assertEquals(ArticleText.dump(once), ArticleText.dump(twice), "wrapped at " + width + ":\n" + again);
      assertEquals(again, ArticleText.wrapped(twice, width));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sources")
  void lineEndingsAndAByteOrderMarkDoNotChangeTheArticle(Path file) throws ContentException {
    String text = ArticleText.utf8(ArticleText.bytes(file)).replace("\uFEFF", "")
        .replace("\r\n", "\n").replace('\r', '\n');
    String expected = ArticleText.dumpWithRepairs(ArticleText.load("lf.txt", utf8(text)));
    for (String newline : new String[] {"\n", "\r\n", "\r"}) {
      byte[] plain = utf8(text.replace("\n", newline));
      assertEquals(expected, ArticleText.dumpWithRepairs(ArticleText.load("x.txt", plain)), escape(newline));
      assertEquals(expected, ArticleText.dumpWithRepairs(ArticleText.load("x.txt", withBom(plain))),
          "BOM and " + escape(newline));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sources")
  void losesNoCharacterOfTheSource(Path file) throws ContentException {
    Article a = ArticleText.load(file);
    StringBuilder kept = new StringBuilder(a.title());
    if (a.sourceLine() != null) {
      kept.append(a.sourceLine().text());
    }
    for (Paragraph p : a.paragraphs()) {
      kept.append(p.dateline() == null ? "" : p.dateline()).append(p.zh());
    }
    String source = ArticleText.utf8(ArticleText.bytes(file));
    assertEquals(withoutSpaces(source), withoutSpaces(kept.toString()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sources")
  void keepsSpacesOnlyBetweenLatinLettersOrDigits(Path file) throws ContentException {
    Article a = ArticleText.load(file);
    StringBuilder text = new StringBuilder(a.title());
    a.paragraphs().forEach(p -> text.append('\n').append(p.dateline() == null ? "" : p.dateline()).append(p.zh()));
    for (int i = text.indexOf(" "); i >= 0; i = text.indexOf(" ", i + 1)) {
      String around = text.substring(Math.max(0, i - 1), Math.min(text.length(), i + 2));
      assertTrue(around.matches("[\\p{IsLatin}\\d ]+"), "space kept in '" + around + "'");
    }
    assertTrue(text.chars().noneMatch(c -> c == '\u3000' || c == '\t' || c == '\r' || c == '\uFEFF'));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sources")
  void everyParagraphEndsASentenceAndEverySentenceHasText(Path file) throws ContentException {
    for (Paragraph p : ArticleText.load(file).paragraphs()) {
      assertTrue(SentenceSplitter.endsSentence(p.zh()), p.id());
      p.sentences().forEach(s -> assertTrue(!s.zh().isBlank() && s.zh().equals(s.zh().strip()), s.id()));
    }
  }

  private static String withoutSpaces(String s) {
    return s.replaceAll("[\\s\\u3000\\uFEFF\\u00A0]", "");
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] withBom(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.writeBytes(bytes);
    return out.toByteArray();
  }

  private static String escape(String newline) {
    return newline.replace("\r", "CR").replace("\n", "LF");
  }
}
