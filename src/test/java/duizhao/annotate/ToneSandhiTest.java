package duizhao.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import duizhao.model.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The spoken tones of 一 and 不; readings keep the citation tones. */
class ToneSandhiTest {
  @Test
  void speaksYiWithSecondToneBeforeAFourthTone() {
    Token yi = token("一个稳定和发展的中国", 0);
    assertEquals(List.of("yi1"), yi.readings());
    assertEquals(List.of("yi2"), yi.spokenReadings());
    assertEquals("yí", yi.spokenPinyin());
  }

  @Test
  void speaksYiWithFourthToneBeforeTheOtherTones() {
    Token yi = token("一种是加强团结合作", 0);
    assertEquals("yī", yi.pinyin());
    assertEquals("yì", yi.spokenPinyin());
  }

  @Test
  void appliesTheChangeInsideAWord() {
    Token together = token("拜登还邀请习近平一道散步", 4);
    assertEquals("一道", together.text());
    assertEquals("yīdào", together.pinyin());
    assertEquals("yídào", together.spokenPinyin());
    assertEquals("jìnyíbù", token("明年进一步增加航班", 1).spokenPinyin());
  }

  @Test
  void readsTheEnumeratingYiShiAsYiShi() {
    Token yi = token("一是共同树立正确认知。", 0);
    assertEquals("一", yi.text());
    assertEquals(java.util.List.of("yi2"), yi.spokenReadings());
    assertEquals("yí", yi.spokenPinyin());
    assertEquals(java.util.List.of("yi1"), yi.readings());
  }

  @Test
  void keepsYiFirstToneAtTheEndOfAWordAndInNumbersAndOrdinals() {
    assertNull(token("支持中国和平统一。", 3).spokenPinyin());
    assertNull(token("统一思想", 0).spokenPinyin());
    assertNull(token("第一次", 0).spokenPinyin());
    assertNull(token("十一月", 0).spokenPinyin());
    assertNull(token("一九四九年", 0).spokenPinyin());
    assertNull(token("十月一日", 2).spokenPinyin());
  }

  @Test
  void speaksBuWithSecondToneBeforeAFourthTone() {
    Token bu = token("利益不是减少了", 1);
    assertEquals("不", bu.text());
    assertEquals(List.of("bu4"), bu.readings());
    assertEquals(List.of("bu2"), bu.spokenReadings());
    assertEquals("búduàn", token("不断采取", 0).spokenPinyin());
    assertEquals("bú", token("不越界", 0).spokenPinyin());
  }

  @Test
  void keepsBuFourthToneBeforeTheOtherTonesAndAtTheEnd() {
    assertNull(token("不走殖民掠夺的老路", 0).spokenPinyin());
    assertNull(token("不折腾", 0).spokenPinyin());
    assertNull(token("不能让分歧成为鸿沟", 0).spokenPinyin());
    assertNull(token("好不？", 1).spokenPinyin());
  }

  @Test
  void leavesSpokenFormsNullWhereNothingChanges() {
    for (Token token : Article.annotator().annotate("中美关系要放在这个大背景下思考和谋划。", List.of())) {
      assertNull(token.spokenReadings(), token.text());
      assertNull(token.spokenPinyin(), token.text());
    }
  }

  @Test
  void appliesNoThirdToneSandhi() {
    Token token = token("管理", 0);
    assertEquals(List.of("guan3", "li3"), token.readings());
    assertNull(token.spokenReadings());
  }

  private static Token token(String text, int index) {
    return Article.annotator().annotate(text, List.of()).get(index);
  }
}
