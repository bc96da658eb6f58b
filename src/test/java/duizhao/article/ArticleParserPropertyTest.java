package duizhao.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import duizhao.diagnostic.ContentException;
import duizhao.model.Article;
import duizhao.model.Paragraph;
import duizhao.model.Sentence;
import duizhao.source.SourceDecoder;
import duizhao.testing.Project;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The loader against the real article re-typed in hundreds of ways (fixed seeds, so a failure can be replayed):
 * other wrap widths, line endings and BOM, spaces at the wraps and stray spaces between Chinese characters, blank
 * lines in the middle of sentences, a missing source line, more numbered points. Whatever the dress, the repaired text
 * must be exactly the original's, with nothing lost or duplicated.
 */
class ArticleParserPropertyTest {
  private static final int CASES = 300;
  private static final String[] SPACES = {" ", "  ", "\u3000", "\t", " \u3000"};
  private static final String[] NEWLINES = {"\n", "\r\n", "\r"};
  private static final String[] EXTRA_POINTS = {"共同应对全球性挑战。", "共同维护国际秩序，推动“全球治理”改革。",
      "共同加强人文交流！双方同意增加直航航班。", "共同促进《联合国宪章》宗旨和原则？"};

  private static Article real;

  @BeforeAll
  static void loadRealSource() throws Exception {
    byte[] bytes = Files.readAllBytes(Project.EDITION_DIR.resolve("source.zh.txt"));
    real = ArticleParser.parse("source.zh.txt", SourceDecoder.decode("source.zh.txt", bytes), "");
    assertEquals(21, real.paragraphs().size());
  }

  static Stream<Integer> seeds() {
    return IntStream.rangeClosed(1, CASES).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void repairedTextIsTheOriginalWhateverTheTyping(int seed) throws ContentException {
    Random random = new Random(seed);
    Expected expected = expected(random);
    byte[] bytes = new Retyped(random).emit(expected);

    Article article = ArticleParser.parse("generated.txt", SourceDecoder.decode("generated.txt", bytes), "");

    String replay = "seed " + seed + ":\n" + new String(bytes, StandardCharsets.UTF_8);
    assertEquals(expected.title, article.title(), replay);
    assertEquals(expected.sourceLine, article.sourceLine() == null ? null : article.sourceLine().text(), replay);
    assertEquals(expected.dateline, article.dateline(), replay);
    assertEquals(expected.paragraphs, article.paragraphs().stream().map(Paragraph::zh).toList(), replay);
    assertEquals(expected.pillars, article.paragraphs().stream().map(Paragraph::pillar).toList(), replay);
    for (int i = 0; i < real.paragraphs().size(); i++) {
      Paragraph original = real.paragraphs().get(i);
      Paragraph loaded = article.paragraphs().get(expected.paragraphs.indexOf(original.zh()));
      assertEquals(original.sentences().stream().map(Sentence::zh).toList(),
          loaded.sentences().stream().map(Sentence::zh).toList(), replay);
    }
    for (Paragraph p : article.paragraphs()) {
      assertEquals(p.zh(), String.join("", p.sentences().stream().map(Sentence::zh).toList()), replay);
    }
  }

  /** What a case must load as: the real article, maybe without its source line, maybe with more numbered points. */
  private static Expected expected(Random random) {
    List<String> paragraphs = new ArrayList<>(real.paragraphs().stream().map(Paragraph::zh).toList());
    List<Integer> pillars = new ArrayList<>(real.paragraphs().stream().map(Paragraph::pillar).toList());
    int lastPillar = pillars.lastIndexOf(5);
    int extra = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0;
    for (int k = 1; k <= extra; k++) {
      paragraphs.add(lastPillar + k, ChineseOrdinal.label(5 + k) + EXTRA_POINTS[random.nextInt(EXTRA_POINTS.length)]);
      pillars.add(lastPillar + k, 5 + k);
    }
    String sourceLine = random.nextInt(5) == 0 ? null : real.sourceLine().text();
    return new Expected(real.title(), sourceLine, real.dateline(), paragraphs, pillars);
  }

  private record Expected(String title, String sourceLine, String dateline, List<String> paragraphs,
      List<Integer> pillars) {}

  /** Types an article out again, the way extraction tools and editors do. */
  private static final class Retyped {
    private final Random random;
    private final int width;
    private final String newline;
    private final boolean mixedNewlines;
    private final StringBuilder out = new StringBuilder();

    Retyped(Random random) {
      this.random = random;
      this.width = 5 + random.nextInt(56);
      this.newline = NEWLINES[random.nextInt(NEWLINES.length)];
      this.mixedNewlines = random.nextInt(5) == 0;
    }

    byte[] emit(Expected e) {
      blankLines(random.nextInt(3));
      block(e.title, false);
      if (e.sourceLine != null) {
        blankLines(1 + random.nextInt(2));
        block(e.sourceLine, false);
      }
      for (int i = 0; i < e.paragraphs.size(); i++) {
        blankLines(1 + random.nextInt(2));
        String text = e.paragraphs.get(i);
        block(i == 0 ? e.dateline + (random.nextBoolean() ? " " : "\u3000") + text : strayed(text), true);
      }
      if (random.nextBoolean()) {
        newline();
      }
      byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
      if (random.nextInt(3) != 0) {
        return text;
      }
      byte[] withBom = new byte[text.length + 3];
      withBom[0] = (byte) 0xEF;
      withBom[1] = (byte) 0xBB;
      withBom[2] = (byte) 0xBF;
      System.arraycopy(text, 0, withBom, 3, text.length);
      return withBom;
    }

    /** Wraps the text at the document's width; may break it with a blank line where no sentence ends. */
    private void block(String text, boolean falseBreaks) {
      int[] cps = text.codePoints().toArray();
      if (random.nextInt(4) == 0) {
        out.append("\u3000\u3000");
      }
      int from = 0;
      while (from < cps.length) {
        int to = Math.min(cps.length, from + width);
        out.append(new String(cps, from, to - from));
        trailingSpaces();
        newline();
        if (to == cps.length) {
          break;
        }
        boolean midSentence = !SentenceSplitter.endsSentence(new String(cps, 0, to).strip());
        if (falseBreaks && midSentence && random.nextInt(6) == 0) {
          blankLines(1);
        }
        if (random.nextInt(10) == 0) {
          out.append(SPACES[random.nextInt(SPACES.length)]);
        }
        from = to;
      }
    }

    /** Spaces between two Han characters, like the "50 年" of the real source: the loader removes them. */
    private String strayed(String text) {
      if (random.nextInt(3) != 0) {
        return text;
      }
      StringBuilder s = new StringBuilder();
      int[] cps = text.codePoints().toArray();
      for (int i = 0; i < cps.length; i++) {
        s.appendCodePoint(cps[i]);
        boolean between = i + 1 < cps.length && isHan(cps[i]) && isHan(cps[i + 1]);
        if (between && random.nextInt(40) == 0) {
          s.append(random.nextBoolean() ? " " : "\u3000");
        }
      }
      return s.toString();
    }

    private static boolean isHan(int cp) {
      return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private void trailingSpaces() {
      if (random.nextInt(4) == 0) {
        out.append(SPACES[random.nextInt(SPACES.length)]);
      }
    }

    private void blankLines(int n) {
      for (int i = 0; i < n; i++) {
        if (random.nextInt(5) == 0) {
          out.append(SPACES[random.nextInt(SPACES.length)]);
        }
        newline();
      }
    }

    /** In a file of mixed line ends, a CR is never followed by an LF: together they would be one line end. */
    private void newline() {
      String end = mixedNewlines ? NEWLINES[random.nextInt(NEWLINES.length)] : newline;
      if (end.startsWith("\n") && out.length() > 0 && out.charAt(out.length() - 1) == '\r') {
        end = "\r";
      }
      out.append(end);
    }
  }
}
