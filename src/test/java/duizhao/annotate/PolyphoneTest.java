package duizhao.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import duizhao.model.Token;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Characters with several readings, read in context through the public API. */
class PolyphoneTest {
  @ParameterizedTest(name = "{1} (#{2}) in {0} reads {3}")
  @CsvSource(delimiter = '|', textBlock = """
      p14-s3 | 重申     | 1 | chong2 shen1
      p3-s4  | 重要     | 1 | zhong4 yao4
      p3-s1  | 应对     | 1 | ying4 dui4
      p5-s1  | 应该     | 1 | ying1 gai1
      p13-s1 | 应邀     | 1 | ying4 yao1
      p5-s1  | 和平共处 | 1 | he2 ping2 gong4 chu3
      p19-s1 | 处       | 1 | chu4
      p7-s3  | 处理     | 1 | chu3 li3
      p3-s4  | 作为     | 1 | zuo4 wei2
      p18-s1 | 为       | 1 | wei4
      p10-s2 | 为       | 1 | wei4
      p7-s2  | 成为     | 1 | cheng2 wei2
      p14-s1 | 认为     | 1 | ren4 wei2
      p7-s3  | 了解     | 1 | liao3 jie3
      p3-s6  | 不了     | 1 | bu4 liao3
      p12-s3 | 不了     | 1 | bu4 liao3
      p1-s2  | 交换了   | 1 | jiao1 huan4 le5
      p8-s3  | 了       | 1 | le5
      p3-s3  | 地球     | 1 | di4 qiu2
      p1-s2  | 地       | 1 | de5
      p15-s1 | 地       | 1 | de5
      p1-s1  | 当地     | 1 | dang1 di4
      p9-s3  | 地区     | 1 | di4 qu1
      p10-s2 | 地方     | 1 | di4 fang1
      p13-s3 | 地方     | 3 | di4 fang5
      p9-s3  | 协调     | 1 | xie2 tiao2
      p15-s1 | 强调     | 1 | qiang2 diao4
      p3-s1  | 挑战     | 1 | tiao3 zhan4
      p3-s2  | 挑动     | 1 | tiao3 dong4
      p7-s3  | 挑事     | 1 | tiao3 shi4
      p7-s3  | 折腾     | 1 | zhe1 teng5
      p7-s2  | 横亘     | 1 | heng2 gen4
      p14-s4 | 乐见     | 1 | le4 jian4
      p12-s1 | 正当     | 1 | zheng4 dang4
      p4-s2  | 复兴     | 1 | fu4 xing1
      p8-s2  | 新兴     | 1 | xin1 xing1
      p9-s3  | 表率     | 1 | biao3 shuai4
      p14-s1 | 增长     | 1 | zeng1 zhang3
      p12-s1 | 审查     | 1 | shen3 cha2
      p13-s4 | 取得     | 1 | qu3 de2
      p3-s7  | 容得下   | 1 | rong2 de5 xia4
      p3-s3  | 代表着   | 1 | dai4 biao3 zhe5
      p7-s3  | 商量     | 1 | shang1 liang5
      p4-s3  | 打算     | 1 | da3 suan5
      p16-s2 | 时候     | 1 | shi2 hou5
      p9-s2  | 麻烦     | 1 | ma2 fan5
      p3-s5  | 打交道   | 1 | da3 jiao1 dao5
      p3-s7  | 这个     | 1 | zhe4 ge5
      p19-s1 | 还       | 1 | hai2
      p3-s3  | 将       | 1 | jiang1
      p17-s1 | 行动     | 1 | xing2 dong4
      p10-s2 | 航班     | 1 | hang2 ban1
      p3-s1  | 种       | 1 | zhong3
      p3-s5  | 不切实际 | 1 | bu4 qie4 shi2 ji4
      p12-s4 | 关切     | 1 | guan1 qie4
      p19-s1 | 里       | 1 | li5
      p19-s1 | 斐洛里   | 1 | fei3 luo4 li3
      p8-s4  | 禁毒     | 1 | jin4 du2
      p13-s3 | 参与     | 1 | can1 yu4
      p3-s5  | 谁       | 1 | shei2
      p13-s4 | 共识     | 1 | gong4 shi2
      p4-s2  | 意识形态 | 1 | yi4 shi2 xing2 tai4
      p17-s1 | 当下     | 1 | dang1 xia4
      p16-s2 | 留学生   | 1 | liu2 xue2 sheng1
      p10-s2 | 来往     | 1 | lai2 wang5
      p14-s6 | 往来     | 1 | wang3 lai2
      p16-s2 | 两       | 1 | liang3
      p3-s1  | 一       | 1 | yi1
      p12-s2 | 剥夺     | 1 | bo1 duo2
      p10-s2 | 夯实     | 1 | hang1 shi2
      p3-s4  | 上       | 1 | shang5
      p13-s4 | 上       | 1 | shang5
      p16-s2 | 海上     | 1 | hai3 shang4
      p21-s1 | 上述     | 1 | shang4 shu4
      p19-s1 | 上车     | 1 | shang4 che1
      """)
  void readsPolyphoneInContext(String sentence, String word, int occurrence, String readings) {
    String text = Article.sentences().get(sentence);
    List<Token> tokens = Article.annotator().annotate(text, List.of());
    List<Token> matching = tokens.stream().filter(t -> t.text().equals(word)).toList();
    assertEquals(List.of(readings.split(" ")), matching.get(occurrence - 1).readings());
  }

  @Test
  void readsChongInChongshen() {
    assertEquals(List.of("chong2", "shen1"), readingsOf("我愿重申五点承诺。", "重申"));
  }

  @Test
  void readsWeiSecondToneInYiWeiFrame() {
    assertEquals(List.of("wei2"), readingsOf("坚持以人民为中心。", "为"));
  }

  @Test
  void readsWeiFourthToneAsPreposition() {
    assertEquals(List.of("wei4"), readingsOf("为人民服务。", "为"));
  }

  @Test
  void readsZhengdangWithFirstToneBeforeATimeClause() {
    assertEquals(List.of("zheng4", "dang1"), readingsOf("正当他要离开时，电话响了。", "正当"));
  }

  @Test
  void readsDifangWithFirstToneBeforeANoun() {
    assertEquals(List.of("di4", "fang1"), readingsOf("加强地方政府的作用。", "地方"));
  }

  @Test
  void readsDifangWithNeutralToneAsAPlace() {
    assertEquals(List.of("di4", "fang5"), readingsOf("这是一个好地方。", "地方"));
  }

  @Test
  void readsDeAfterAnAdverbBeforeAVerb() {
    assertEquals(List.of("de5"), readingsOf("他们认真地讨论了问题。", "地"));
  }

  @Test
  void readsDiAsANounAfterASingleCharacter() {
    assertEquals(List.of("di4"), readingsOf("来自各地的代表", "地"));
  }

  @Test
  void readsZhiAsMeasureWordAfterANumeral() {
    assertEquals(List.of("zhi1"), readingsOf("三只小鸟", "只"));
  }

  @Test
  void readsZhexieAsInTheDictionaryNotColloquialZheixie() {
    assertEquals(List.of("zhe4", "xie1"), readingsOf("这些问题", "这些"));
  }

  @Test
  void readsZhongAsAVerbBeforeAnAspectParticle() {
    assertEquals(List.of("zhong4", "le5"), readingsOf("他在院子里种了三棵树", "种了"));
  }

  @Test
  void readsZhangAsTheHeadOfAnOffice() {
    assertEquals(List.of("zhang3"), readingsOf("司长认为这个问题不好处理", "长"));
  }

  @Test
  void readsMenInNeutralTone() {
    assertEquals(List.of("wo3", "men5"), readingsOf("我们", "我们"));
  }

  private static List<String> readingsOf(String text, String word) {
    return Article.annotator().annotate(text, List.of()).stream().filter(t -> t.text().equals(word)).findFirst()
        .orElseThrow(() -> new AssertionError(word + " is no token of " + text)).readings();
  }
}
