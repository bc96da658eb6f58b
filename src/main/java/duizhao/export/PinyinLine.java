package duizhao.export;

import duizhao.model.Token;
import java.util.List;
import java.util.StringJoiner;

/**
 * A text unit's pinyin as one line: each word's pinyin, numbers and Latin words as written, punctuation left out,
 * joined by single spaces. Empty when the unit has no annotation.
 */
final class PinyinLine {
  private PinyinLine() {}

  static String of(List<Token> tokens) {
    if (tokens == null) {
      return "";
    }
    StringJoiner line = new StringJoiner(" ");
    for (Token t : tokens) {
      if (!t.pinyin().isEmpty()) {
        line.add(t.pinyin());
      } else if (t.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
        line.add(t.text().strip());
      }
    }
    return line.toString();
  }
}
