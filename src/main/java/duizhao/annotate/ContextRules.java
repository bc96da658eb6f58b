package duizhao.annotate;

import java.util.List;

/**
 * Readings that depend on the words around a polyphone, where no lexicon entry can decide. Each rule is general
 * Chinese grammar, not knowledge of one text:
 *
 * <ul>
 *   <li>地 after a word of two or more characters and before another word is the adverbial particle de
 *       (深入地交换), otherwise the noun dì;
 *   <li>得 right after a word (not a pronoun) is the particle de (容得下), otherwise dé;
 *   <li>为 is wèi (for), but wéi in 以…为… (以人民为中心);
 *   <li>地方 before a noun is dìfāng (local: 地方政府, 地方交往), otherwise the place dìfang;
 *   <li>正当 is zhèngdàng (legitimate), but zhèngdāng (just when) when the clause goes on to 时, 之际, 时候 or 期间;
 *   <li>上 and 里 after a word of two or more characters are the light locatives shang and li of 现代汉语词典
 *       (世界上 shìjiè·shang, 庄园里 zhuāngyuán·li), otherwise shàng and lǐ;
 *   <li>只 after a numeral is the measure word zhī, otherwise zhǐ;
 *   <li>种 before the aspect particles 了 着 过 is the verb zhòng (种了三棵树), otherwise the measure word zhǒng;
 *   <li>长 after a one-character office or unit (处长, 局长, 校长) is zhǎng, the head, otherwise cháng.
 * </ul>
 *
 * The rules see the parts of words (交换了 is 交换 + 了) within one clause: punctuation ends the context.
 */
final class ContextRules {
  private static final String TRIGGERS = "地得为里上只正种长";
  private static final String ASPECT_PARTICLES = "了着过";
  /** Offices and units whose head is their 长 zhǎng. */
  private static final String HEADED_UNITS = "处科局部所院校市省县乡镇村组班队团营连排师军舰船站厂店行社会股司署厅";
  private static final String NUMERALS = "一二两三四五六七八九十百千万几";
  private static final String PRONOUNS = "我你他她它您";
  private static final String PLACE_NOUN_DETERMINERS = "的个些么这那哪";
  private static final String FUNCTION_WORDS = "的地得了着过是在和与及或而并也都就还又很太真挺最更不没把被从向对为以将同跟给之其所等";
  private static final String[] TIME_CLAUSE_ENDS = {"时", "之际", "期间"};

  private final String di4 = Syllables.canonical("di4");
  private final String de5 = Syllables.canonical("de5");
  private final String wei2 = Syllables.canonical("wei2");
  private final String wei4 = Syllables.canonical("wei4");
  private final String fang1 = Syllables.canonical("fang1");
  private final String fang5 = Syllables.canonical("fang5");
  private final String dang1 = Syllables.canonical("dang1");
  private final String dang4 = Syllables.canonical("dang4");
  private final String li3 = Syllables.canonical("li3");
  private final String shang4 = Syllables.canonical("shang4");
  private final String shang5 = Syllables.canonical("shang5");
  private final String li5 = Syllables.canonical("li5");
  private final String zhi1 = Syllables.canonical("zhi1");
  private final String zhi3 = Syllables.canonical("zhi3");
  private final String zhong4 = Syllables.canonical("zhong4");
  private final String zhang3 = Syllables.canonical("zhang3");

  /** The parts of a sentence's words in order, with the clause each belongs to. */
  private static final class Parts {
    final int[] start;
    final int[] end;
    final int[] word;
    final int[] firstSyllable;
    final int[] clause;
    int size;

    Parts(int capacity) {
      start = new int[capacity];
      end = new int[capacity];
      word = new int[capacity];
      firstSyllable = new int[capacity];
      clause = new int[capacity];
    }

    boolean sameClause(int a, int b) {
      return a >= 0 && b < size && clause[a] == clause[b];
    }
  }

  /** Applies the rules to the spellings of {@code words} (null for words without Chinese), in place. */
  void apply(String text, List<Word> words, Spelling[] spellings) {
    if (!hasTrigger(text)) {
      return;
    }
    Parts parts = parts(text, words);
    for (int i = 0; i < parts.size; i++) {
      int from = parts.start[i];
      if (TRIGGERS.indexOf(text.charAt(from)) < 0) {
        continue;
      }
      int length = parts.end[i] - from;
      String change = null;
      int offset = 0;
      if (length == 1) {
        change = single(text, parts, i);
      } else if (length == 2 && text.startsWith("地方", from)) {
        change = isLocalBeforeNoun(text, parts, i) ? fang1 : fang5;
        offset = 1;
      } else if (length == 2 && text.startsWith("正当", from)) {
        change = clauseGoesOnToTime(text, parts, i) ? dang1 : dang4;
        offset = 1;
      }
      if (change != null) {
        set(spellings, parts, i, offset, change);
      }
    }
  }

  /** Most clauses have no polyphone the rules decide; they need no parts. */
  private static boolean hasTrigger(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (TRIGGERS.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static Parts parts(String text, List<Word> words) {
    int count = 0;
    for (Word word : words) {
      count += word.isHan() ? word.partCount() : 0;
    }
    Parts parts = new Parts(count);
    int clause = 0;
    int clauseEnd = -1;
    for (int w = 0; w < words.size(); w++) {
      Word word = words.get(w);
      if (!word.isHan()) {
        continue;
      }
      if (word.start() != clauseEnd) {
        clause++;
      }
      int syllable = 0;
      for (int p = 0; p < word.partCount(); p++) {
        int i = parts.size++;
        parts.start[i] = word.partStart(p);
        parts.end[i] = word.partEnd(p);
        parts.word[i] = w;
        parts.firstSyllable[i] = syllable;
        parts.clause[i] = clause;
        if (p + 1 < word.partCount()) {
          syllable += text.codePointCount(parts.start[i], parts.end[i]);
        }
      }
      clauseEnd = word.end();
    }
    return parts;
  }

  private String single(String text, Parts parts, int i) {
    int before = i - 1;
    int after = i + 1;
    boolean hasBefore = parts.sameClause(before, i);
    boolean hasAfter = parts.sameClause(i, after);
    switch (text.charAt(parts.start[i])) {
      case '地':
        return hasBefore && length(parts, before) > 1 && hasAfter ? de5 : di4;
      case '得':
        return hasBefore && PRONOUNS.indexOf(text.charAt(parts.end[before] - 1)) < 0 ? de5 : null;
      case '为':
        return followsYi(text, parts, i) ? wei2 : wei4;
      case '里':
        return afterNoun(text, parts, i) ? li5 : li3;
      case '上':
        return afterNoun(text, parts, i) ? shang5 : shang4;
      case '只':
        return hasBefore && length(parts, before) == 1 && NUMERALS.indexOf(text.charAt(parts.start[before])) >= 0
            ? zhi1 : zhi3;
      case '种':
        return hasAfter && length(parts, after) == 1 && ASPECT_PARTICLES.indexOf(text.charAt(parts.start[after])) >= 0
            ? zhong4 : null;
      case '长':
        return hasBefore && length(parts, before) == 1 && HEADED_UNITS.indexOf(text.charAt(parts.start[before])) >= 0
            ? zhang3 : null;
      default:
        return null;
    }
  }

  /** After a word of two or more characters that is no number (三千里 keeps lǐ). */
  private static boolean afterNoun(String text, Parts parts, int i) {
    return parts.sameClause(i - 1, i) && length(parts, i - 1) > 1
        && NUMERALS.indexOf(text.charAt(parts.start[i - 1])) < 0;
  }

  private static int length(Parts parts, int i) {
    return parts.end[i] - parts.start[i];
  }

  private static boolean followsYi(String text, Parts parts, int i) {
    for (int j = i - 1; parts.sameClause(j, i); j--) {
      if (length(parts, j) == 1 && text.charAt(parts.start[j]) == '以') {
        return true;
      }
    }
    return false;
  }

  private static boolean isLocalBeforeNoun(String text, Parts parts, int i) {
    if (!parts.sameClause(i, i + 1) || FUNCTION_WORDS.indexOf(text.charAt(parts.start[i + 1])) >= 0) {
      return false;
    }
    return !parts.sameClause(i - 1, i) || PLACE_NOUN_DETERMINERS.indexOf(text.charAt(parts.end[i - 1] - 1)) < 0;
  }

  private static boolean clauseGoesOnToTime(String text, Parts parts, int i) {
    int last = i;
    while (parts.sameClause(i, last + 1)) {
      last++;
    }
    int from = parts.end[i];
    int to = parts.end[last];
    for (int at = from; at < to; at++) {
      for (String end : TIME_CLAUSE_ENDS) {
        if (text.startsWith(end, at) && at + end.length() <= to) {
          return true;
        }
      }
    }
    return false;
  }

  private static void set(Spelling[] spellings, Parts parts, int i, int offset, String syllable) {
    int w = parts.word[i];
    int index = parts.firstSyllable[i] + offset;
    if (spellings[w].syllable(index) != syllable) {
      spellings[w] = spellings[w].withSyllable(index, syllable);
    }
  }
}
