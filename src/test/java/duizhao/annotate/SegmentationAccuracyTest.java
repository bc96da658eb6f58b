package duizhao.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duizhao.model.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Word-level F1 of the automatic segmentation against the hand segmentation of the whole article. */
class SegmentationAccuracyTest {
  @Test
  void segmentsTheArticleWithWordF1OfAtLeast97Percent() {
    Map<String, String> expected = Article.segmentation();
    int found = 0;
    int wanted = 0;
    int agreed = 0;
    StringBuilder misses = new StringBuilder();
    for (Map.Entry<String, String> sentence : Article.sentences().entrySet()) {
      List<Token> tokens = Article.annotator().annotate(sentence.getValue(), List.of());
      String got = String.join(" ", tokens.stream().map(Token::text).toList());
      Set<String> gotWords = spans(got);
      Set<String> wantedWords = spans(expected.get(sentence.getKey()));
      found += gotWords.size();
      wanted += wantedWords.size();
      gotWords.retainAll(wantedWords);
      agreed += gotWords.size();
      if (!got.equals(expected.get(sentence.getKey()))) {
        misses.append('\n').append(sentence.getKey()).append(": ").append(got);
      }
    }
    double precision = (double) agreed / found;
    double recall = (double) agreed / wanted;
    double f1 = 2 * precision * recall / (precision + recall);
    assertEquals(65, Article.sentences().size());
    assertTrue(f1 >= 0.97, "F1 " + f1 + " below 0.97; sentences cut differently:" + misses);
  }

  /** Each word as "offset:text", so that a word counts as right only where the hand segmentation has it. */
  private static Set<String> spans(String words) {
    Set<String> spans = new HashSet<>();
    int offset = 0;
    for (String word : words.split(" ")) {
      spans.add(offset + ":" + word);
      offset += word.length();
    }
    return spans;
  }
}
