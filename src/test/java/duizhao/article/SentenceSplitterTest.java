package duizhao.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int end : SentenceSplitter.ends(text)) {
      out.add(text.substring(start, end));
      start = end;
    }
    if (start < text.length()) {
      out.add("[unended] " + text.substring(start));
    }
    return out;
  }

  @Test
  void splitsAtFullStopsQuestionAndExclamationMarks() {
    assertEquals(List.of("甲。", "乙？", "丙！", "丁？！"), split("甲。乙？丙！丁？！"));
  }

  @Test
  void endsTheSentenceAfterAClosingQuoteThatFollowsAFullStop() {
    assertEquals(List.of("他说：“好。”", "对。"), split("他说：“好。”对。"));
    assertEquals(List.of("他说：“‘甲’是好的。”", "对。"), split("他说：“‘甲’是好的。”对。"));
  }

  @Test
  void neverSplitsInsideQuotesOrBookTitles() {
    assertEquals(List.of("“甲。乙”丙。"), split("“甲。乙”丙。"));
    assertEquals(List.of("《甲。乙》丙。"), split("《甲。乙》丙。"));
    assertEquals(List.of("观看了《春天来了。》和展览。"), split("观看了《春天来了。》和展览。"));
  }

  @Test
  void keepsAClosingBracketNoteWithTheLastSentence() {
    assertEquals(List.of("甲。", "乙。（完）"), split("甲。乙。（完）"));
    assertTrue(SentenceSplitter.endsSentence("乙。（完）"));
    assertTrue(SentenceSplitter.isEndMark("（完）"));
    assertFalse(SentenceSplitter.isEndMark("（完。）"));
  }

  @Test
  void aTextThatStopsMidSentenceDoesNotEndOne() {
    assertFalse(SentenceSplitter.endsSentence("中国不走殖民掠夺的老路，也不搞"));
    assertFalse(SentenceSplitter.endsSentence("他说：“好。"));
    assertFalse(SentenceSplitter.endsSentence(""));
    assertEquals(List.of("甲。", "[unended] 乙，"), split("甲。乙，"));
  }
}
