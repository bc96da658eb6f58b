package duizhao.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duizhao.diagnostic.ContentException;
import duizhao.diagnostic.Diagnostics;
import duizhao.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every syllable of the article against the hand-checked reading (src/test/resources/annotate/reading.txt). */
class ReadingAccuracyTest {
  @Test
  void readsAtLeast99Point8PercentOfSyllablesRightWithoutOverrides() {
    List<String> wrong = compare(false);
    double accuracy = 1.0 - wrong.size() / 2275.0;
    assertTrue(accuracy >= 0.998, "accuracy " + accuracy + "; wrong: " + wrong);
  }

  @Test
  void readsEverySyllableRightWithTheArticlesOverrides() {
    assertEquals(List.of(), compare(true));
  }

  @Test
  void referenceCoversAll2275ChineseCharactersOfTheArticle() {
    int syllables = Article.reading().values().stream().mapToInt(r -> r.split(" ").length).sum();
    int characters = Article.sentences().values().stream()
        .mapToInt(s -> (int) s.codePoints().filter(HanText::isHan).count()).sum();
    assertEquals(2275, syllables);
    assertEquals(2275, characters);
  }

  private static List<String> compare(boolean withOverrides) {
    Overrides overrides = withOverrides ? overrides() : null;
    Diagnostics problems = new Diagnostics();
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, String> sentence : Article.sentences().entrySet()) {
      String id = sentence.getKey();
      List<Token> tokens = Article.annotator().annotate(sentence.getValue(), List.of());
      if (overrides != null) {
        tokens = overrides.apply(id, sentence.getValue(), tokens, problems);
      }
      List<String> got = Article.readings(tokens);
      String[] expected = Article.reading().get(id).split(" ");
      int[] characters = sentence.getValue().codePoints().filter(HanText::isHan).toArray();
      assertEquals(expected.length, got.size(), id + ": one reading per Chinese character");
      for (int i = 0; i < expected.length; i++) {
        if (!expected[i].equals(got.get(i))) {
          wrong.add(id + " " + new String(Character.toChars(characters[i])) + " " + got.get(i) + "≠" + expected[i]);
        }
      }
    }
    if (overrides != null) {
      overrides.reportUnused(problems);
      assertEquals(List.of(), problems.all(), "every override finds its word");
    }
    return wrong;
  }

  private static Overrides overrides() {
    try {
      return Overrides.parse(Article.OVERRIDES.toString(), Article.read(Article.OVERRIDES));
    } catch (ContentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
