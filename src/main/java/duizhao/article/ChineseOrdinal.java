package duizhao.article;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ordinal that opens a numbered point of a readout: 一是, 二是 … 十是, 十一是 … 九十九是. The number comes from the
 * Chinese numeral, never from the paragraph's position.
 */
final class ChineseOrdinal {
  private static final Pattern OPENING = Pattern.compile("^([一二三四五六七八九十]{1,3})是");
  private static final String DIGITS = "〇一二三四五六七八九";

  private ChineseOrdinal() {}

  /** The point's number when the paragraph opens with an ordinal, e.g. 3 for 三是. */
  static Optional<Integer> atStartOf(String paragraph) {
    Matcher m = OPENING.matcher(paragraph);
    return m.find() ? parse(m.group(1)) : Optional.empty();
  }

  /** The ordinal as written in the text, e.g. 三是, for messages. */
  static String label(int number) {
    return numeral(number) + "是";
  }

  static Optional<Integer> parse(String numeral) {
    int ten = numeral.indexOf('十');
    if (ten < 0) {
      return numeral.length() == 1 ? Optional.of(DIGITS.indexOf(numeral.charAt(0))) : Optional.empty();
    }
    if (numeral.indexOf('十', ten + 1) >= 0 || ten > 1) {
      return Optional.empty();
    }
    int tens = ten == 0 ? 1 : DIGITS.indexOf(numeral.charAt(0));
    int units = ten == numeral.length() - 1 ? 0 : DIGITS.indexOf(numeral.charAt(ten + 1));
    if (tens <= 0 || units < 0 || numeral.length() - ten > 2) {
      return Optional.empty();
    }
    return Optional.of(tens * 10 + units);
  }

  static String numeral(int number) {
    if (number < 10) {
      return String.valueOf(DIGITS.charAt(number));
    }
    String tens = number / 10 == 1 ? "" : String.valueOf(DIGITS.charAt(number / 10));
    String units = number % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(number % 10));
    return tens + "十" + units;
  }
}
