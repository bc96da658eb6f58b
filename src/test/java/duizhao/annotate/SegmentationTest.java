package duizhao.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duizhao.model.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Word units: names and terms whole, GB/T 16159-2012 word boundaries, callers' terms never crossed. */
class SegmentationTest {
  @Test
  void keepsNamesMissingFromIcusDictionaryWhole() {
    assertEquals(List.of("蔡奇", "、", "王毅", "出席", "上述", "活动", "。"), words("蔡奇、王毅出席上述活动。"));
    assertEquals(List.of("拜登", "还", "邀请", "习近平", "一道", "在", "斐洛里", "庄园", "里", "散步"),
        words("拜登还邀请习近平一道在斐洛里庄园里散步"));
  }

  @Test
  void keepsWordsMissingFromIcusDictionaryWhole() {
    assertEquals(List.of("增加", "航班"), words("增加航班"));
    assertEquals(List.of("联合国", "宪章"), words("联合国宪章"));
    assertEquals(List.of("人工智能", "等", "新兴", "领域"), words("人工智能等新兴领域"));
  }

  @Test
  void cutsCompoundsIntoTheStandardsWordUnits() {
    assertEquals(List.of("中国式", "现代化"), words("中国式现代化"));
    assertEquals(List.of("中美", "关系"), words("中美关系"));
    assertEquals(List.of("两", "国", "人民"), words("两国人民"));
    assertEquals(List.of("世界", "上"), words("世界上"));
    assertEquals(List.of("这", "次", "会晤"), words("这次会晤"));
    assertEquals(List.of("也", "是"), words("也是"));
    assertEquals(List.of("新", "的", "共识"), words("新的共识"));
  }

  @Test
  void takesAnAdverbOffTheEndOfAnIcuWord() {
    assertEquals(List.of("觉得", "很", "为难"), words("觉得很为难"));
  }

  @Test
  void joinsAspectParticlesInsideAClauseButNotAtItsEnd() {
    assertEquals(List.of("交换了", "意见"), words("交换了意见"));
    assertEquals(List.of("减少", "了", "，"), words("减少了，"));
  }

  @Test
  void keepsACallersTermWhole() {
    List<Token> tokens = Article.annotator().annotate("张晟翊出席会议", List.of("晟翊"));
    assertTrue(tokens.stream().anyMatch(t -> t.text().equals("晟翊")), tokens.toString());
  }

  @Test
  void cutsACallersTermIntoWordsOnlyInsideIt() {
    String text = Article.sentences().get("p16-s2");
    String term = "中美海上军事安全磋商机制";
    List<Token> tokens = Article.annotator().annotate(text, List.of(term));
    assertNoTokenCrosses(text, tokens, List.of(term));
    int start = text.indexOf(term);
    List<String> inside = new ArrayList<>();
    int at = 0;
    for (Token token : tokens) {
      if (at >= start && at < start + term.length()) {
        inside.add(token.text());
      }
      at += token.text().length();
    }
    assertEquals(List.of("中美", "海上", "军事", "安全", "磋商", "机制"), inside);
  }

  @Test
  void neverCrossesATermEvenWhereIcuWouldJoinAcrossIt() {
    String text = "中美元首会晤";
    List<Token> tokens = Article.annotator().annotate(text, List.of("美元"));
    assertNoTokenCrosses(text, tokens, List.of("美元"));
  }

  static void assertNoTokenCrosses(String text, List<Token> tokens, Collection<String> terms) {
    List<Integer> boundaries = new ArrayList<>();
    for (String term : terms) {
      for (int at = text.indexOf(term); at >= 0 && !term.isEmpty(); at = text.indexOf(term, at + 1)) {
        boundaries.add(at);
        boundaries.add(at + term.length());
      }
    }
    int at = 0;
    for (Token token : tokens) {
      int start = at;
      int end = at + token.text().length();
      for (int boundary : boundaries) {
        assertTrue(boundary <= start || boundary >= end,
            "token " + token.text() + " at " + start + " crosses a term boundary at " + boundary + " in " + text);
      }
      at = end;
    }
  }

  private static List<String> words(String text) {
    return Article.annotator().annotate(text, List.of()).stream().map(Token::text).toList();
  }
}
