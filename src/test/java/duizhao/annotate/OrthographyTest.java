package duizhao.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import duizhao.model.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The written form of Token.pinyin, after GB/T 16159-2012. */
class OrthographyTest {
  @Test
  void writesAPersonalNameSurnameApartFromGivenNameInOneToken() {
    Token xi = token("习近平指出", "习近平");
    assertEquals("Xí Jìnpíng", xi.pinyin());
    assertEquals(List.of("xi2", "jin4", "ping2"), xi.readings());
  }

  @Test
  void capitalisesProperNouns() {
    assertEquals("Bàidēng", token("拜登表示", "拜登").pinyin());
    assertEquals("Zhōngguó", token("中国的发展", "中国").pinyin());
    assertEquals("Měiguó", token("美国总统", "美国").pinyin());
    assertEquals("Jiùjīnshān", token("旧金山会晤", "旧金山").pinyin());
    assertEquals("Fěiluòlǐ", token("斐洛里庄园", "斐洛里").pinyin());
  }

  @Test
  void writesTheWordsOfAMultiWordProperNounApartWithCapitals() {
    assertEquals("Zhōnghuá Mínzú", token("中华民族伟大复兴", "中华民族").pinyin());
    assertEquals("Bālí Dǎo", token("在巴厘岛会晤", "巴厘岛").pinyin());
  }

  @Test
  void hyphenatesCoordinatedAbbreviationsOfNames() {
    assertEquals("Zhōng-Měi", token("中美关系", "中美").pinyin());
    assertEquals("Bā-Yǐ", token("巴以冲突", "巴以").pinyin());
  }

  @Test
  void capitalisesEveryWordOfABookTitle() {
    List<Token> tokens = annotate("恪守《联合国宪章》");
    assertEquals("Liánhéguó", tokens.get(2).pinyin());
    assertEquals("Xiànzhāng", tokens.get(3).pinyin());
  }

  @Test
  void writesAnApostropheBeforeASyllableStartingWithAOE() {
    assertEquals("zǔ'ài", token("减少阻碍", "阻碍").pinyin());
    assertEquals("Xī'ān", token("西安", "西安").pinyin());
    assertEquals("liǎng'àn", token("两岸关系", "两岸").pinyin());
    assertEquals("hǎi'àn", token("海岸", "海岸").pinyin());
  }

  @Test
  void writesNoApostropheAtTheStartOfAWordOrAfterAHyphen() {
    assertEquals("xiāngxiàng-érxíng", token("相向而行的桥梁", "相向而行").pinyin());
    assertEquals("érshì", token("而是要想办法", "而是").pinyin());
  }

  @Test
  void writesÜWithItsToneMark() {
    assertEquals("lǚyóu", token("促进旅游合作", "旅游").pinyin());
    assertEquals("zhànlüèxìng", token("战略性问题", "战略性").pinyin());
    assertEquals(List.of("lü3", "you2"), token("促进旅游合作", "旅游").readings());
  }

  @Test
  void leavesTheNeutralToneUnmarkedAndNumbersItFive() {
    Token plan = token("打压遏制中国的打算", "打算");
    assertEquals("dǎsuan", plan.pinyin());
    assertEquals(List.of("da3", "suan5"), plan.readings());
    assertEquals("zhēteng", token("不折腾", "折腾").pinyin());
  }

  @Test
  void joinsSyllablesOfAWordAndSuffixesToTheirWord() {
    assertEquals("xiàndàihuà", token("中国式现代化", "现代化").pinyin());
    assertEquals("quánqiúxìng", token("全球性挑战", "全球性").pinyin());
    assertEquals("jiāohuànle", token("交换了意见", "交换了").pinyin());
  }

  @Test
  void writesACommonWordBuiltOnANameInSmallLetters() {
    assertEquals("zhōngguóshì", token("中国式现代化", "中国式").pinyin());
  }

  @Test
  void hyphenatesAFourCharacterIdiom() {
    assertEquals("bùqiè-shíjì", token("是不切实际的", "不切实际").pinyin());
  }

  @Test
  void keepsTheSpaceOfATermOfTwoWords() {
    assertEquals("réngōng zhìnéng", token("人工智能等新兴领域", "人工智能").pinyin());
    assertEquals("dǎ jiāodao", token("中美不打交道是不行的", "打交道").pinyin());
  }

  @Test
  void givesDigitsLatinAndPunctuationNoPinyin() {
    List<Token> tokens = annotate("2020年代（COP28）。");
    assertEquals(List.of("2020", "年代", "（", "COP28", "）", "。"), tokens.stream().map(Token::text).toList());
    for (Token token : List.of(tokens.get(0), tokens.get(2), tokens.get(3), tokens.get(4), tokens.get(5))) {
      assertEquals("", token.pinyin());
      assertEquals(List.of(), token.readings());
      assertNull(token.spokenReadings());
      assertNull(token.spokenPinyin());
    }
  }

  private static List<Token> annotate(String text) {
    return Article.annotator().annotate(text, List.of());
  }

  private static Token token(String text, String word) {
    return annotate(text).stream().filter(t -> t.text().equals(word)).findFirst()
        .orElseThrow(() -> new AssertionError(word + " is no token of " + text + ": " + annotate(text)));
  }
}
