package duizhao.annotate;

import java.util.List;

/**
 * The spoken tones of 一 and 不 (readings keep the citation tones yī and bù). 不 becomes bú before a fourth tone
 * (不是 búshì). 一 becomes yí before a fourth tone (一个, 一道) and yì before the other tones (一种), but keeps yī
 * where it counts or orders rather than measures: at the end of a word (统一, 第一), after 第, next to another digit
 * (十一, 一九四九) and in dates (一月, 十月一日, 一号). The enumerating 一是 ("firstly") changes like any 一 before a
 * fourth tone: yí shì, as the issue and everyday Putonghua have it. A neutral tone after 一 counts as the fourth tone
 * it comes from (一个 yí ge). No third-tone sandhi is applied.
 */
final class ToneSandhi {
  private static final String DIGITS = "〇零一二三四五六七八九十";
  private static final String ORDINAL_NEXT = "月号";

  private final String yi1 = Syllables.canonical("yi1");
  private final String yi2 = Syllables.canonical("yi2");
  private final String yi4 = Syllables.canonical("yi4");
  private final String bu4 = Syllables.canonical("bu4");
  private final String bu2 = Syllables.canonical("bu2");

  /**
   * The spoken spelling of each word, or null where it equals the citation spelling.
   *
   * @param spellings citation spellings, null for words without Chinese
   */
  Spelling[] apply(String text, List<Word> words, Spelling[] spellings) {
    Spelling[] spoken = new Spelling[words.size()];
    if (text.indexOf('一') < 0 && text.indexOf('不') < 0) {
      return spoken;
    }
    for (int w = 0; w < words.size(); w++) {
      Spelling spelling = spellings[w];
      if (spelling == null) {
        continue;
      }
      Word word = words.get(w);
      for (int at = word.start(); at < word.end(); at++) {
        char c = text.charAt(at);
        if (c != '一' && c != '不') {
          continue;
        }
        int s = Character.codePointCount(text, word.start(), at);
        String syllable = spelling.syllable(s);
        String changed = null;
        if (syllable == yi1 && c == '一') {
          changed = spokenYi(text, words, spellings, w, s, at, at + 1);
        } else if (syllable == bu4 && c == '不') {
          changed = spokenBu(words, spellings, w, s);
        }
        if (changed != null) {
          spoken[w] = (spoken[w] == null ? spelling : spoken[w]).withSyllable(s, changed);
        }
      }
    }
    return spoken;
  }

  private String spokenYi(String text, List<Word> words, Spelling[] spellings, int w, int s, int at, int next) {
    Spelling spelling = spellings[w];
    String following = following(words, spellings, w, s);
    boolean wordFinal = s == spelling.size() - 1 && spelling.size() > 1;
    if (following == null || wordFinal) {
      return null;
    }
    int before = at > 0 ? text.codePointBefore(at) : -1;
    int after = text.codePointAt(next);
    if (before == '第' || before == '月' || DIGITS.indexOf(before) >= 0 || DIGITS.indexOf(after) >= 0 && after != '十'
        || ORDINAL_NEXT.indexOf(after) >= 0) {
      return null;
    }
    int tone = Syllables.tone(following);
    return tone == 4 || tone == 5 ? yi2 : yi4;
  }

  private String spokenBu(List<Word> words, Spelling[] spellings, int w, int s) {
    Spelling spelling = spellings[w];
    String following = following(words, spellings, w, s);
    boolean wordFinal = s == spelling.size() - 1 && spelling.size() > 1;
    if (following == null || wordFinal) {
      return null;
    }
    return Syllables.tone(following) == 4 ? bu2 : null;
  }

  /** The syllable spoken right after syllable {@code s} of word {@code w}, or null at the end of a clause. */
  private static String following(List<Word> words, Spelling[] spellings, int w, int s) {
    if (s + 1 < spellings[w].size()) {
      return spellings[w].syllable(s + 1);
    }
    if (w + 1 < words.size() && spellings[w + 1] != null && words.get(w + 1).start() == words.get(w).end()) {
      return spellings[w + 1].syllable(0);
    }
    return null;
  }
}
