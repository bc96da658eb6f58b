package duizhao.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duizhao.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Whatever the input, the tokens spell it exactly and carry one reading per Chinese character. */
class TokenInvariantsTest {
  private static final String[] PIECES = {
    "中", "美", "关系", "习近平", "一", "不", "是", "的", "了", "地", "为", "重申", "斐洛里", "人工智能", "两国",
    "A", "b", "COP28", "2023", "年", "11", "，", "。", "、", "“", "”", "《", "》", "（", "）", " ", "\n", "\t", "-",
    "'", "!", "?", "𠀀", "𪚥", "😀", "々", "〇", "\uD800", "é", "ü", "Ж", "한", "か"
  };

  @Test
  void ignoresATermThatWouldCutACharacterInTwo() {
    String text = "中𠀀国";
    List<Token> tokens = Article.annotator().annotate(text, List.of(text.substring(0, 2)));
    assertEquals(text, String.join("", tokens.stream().map(Token::text).toList()));
  }

  @Test
  void annotatesTheEmptyStringAsNoTokens() {
    assertEquals(List.of(), Article.annotator().annotate("", List.of()));
  }

  @Test
  void tokensConcatenateToTheInputOnRandomText() {
    Random random = new Random(20231115);
    for (int round = 0; round < 500; round++) {
      String text = randomText(random);
      List<String> terms = randomTerms(random, text);
      List<Token> tokens = Article.annotator().annotate(text, terms);
      StringBuilder joined = new StringBuilder();
      for (Token token : tokens) {
        assertFalse(token.text().isEmpty(), "empty token in " + text);
        joined.append(token.text());
        assertTokenIsConsistent(token);
      }
      assertEquals(text, joined.toString());
      SegmentationTest.assertNoTokenCrosses(text, tokens, terms);
    }
  }

  @Test
  void tokensConcatenateToEachSentenceOfTheArticle() {
    for (String sentence : Article.sentences().values()) {
      List<Token> tokens = Article.annotator().annotate(sentence, List.of());
      assertEquals(sentence, String.join("", tokens.stream().map(Token::text).toList()));
      tokens.forEach(TokenInvariantsTest::assertTokenIsConsistent);
    }
  }

  @Test
  void annotatesConcurrentlyAsItDoesSequentially() throws Exception {
    List<String> sentences = List.copyOf(Article.sentences().values());
    Annotator annotator = Annotator.create(Article.lexicon());
    List<List<Token>> sequential = sentences.stream().map(s -> annotator.annotate(s, List.of())).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<Token>>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(pool.submit(() -> sentences.stream().map(s -> annotator.annotate(s, List.of())).toList()));
      }
      for (Future<List<List<Token>>> run : runs) {
        assertEquals(sequential, run.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  private static void assertTokenIsConsistent(Token token) {
    if (token.hasReading()) {
      long han = token.text().codePoints().filter(HanText::isHan).count();
      assertEquals(han, token.text().codePointCount(0, token.text().length()), "mixed token " + token);
      assertEquals(han, token.readings().size(), "one reading per character in " + token);
      assertFalse(token.pinyin().isEmpty());
      for (String reading : token.readings()) {
        assertTrue(reading.matches("[a-zü]+[1-5]"), reading);
      }
    } else {
      assertEquals("", token.pinyin(), token.toString());
      assertEquals(null, token.spokenReadings());
    }
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(30);
    for (int i = 0; i < length; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }

  private static List<String> randomTerms(Random random, String text) {
    List<String> terms = new ArrayList<>();
    int characters = text.codePointCount(0, text.length());
    for (int i = random.nextInt(3); i > 0 && characters > 1; i--) {
      int start = random.nextInt(characters - 1);
      int end = Math.min(characters, start + 1 + random.nextInt(6));
      terms.add(text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)));
    }
    return terms;
  }
}
