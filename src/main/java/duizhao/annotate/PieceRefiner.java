package duizhao.annotate;

import java.util.List;

/**
 * Cuts ICU's words down to the word units of GB/T 16159-2012. ICU's dictionary holds many phrases the standard writes
 * apart: a numeral with its measure word or noun (两国 → 两 国), 这/那 with a measure word (这次 → 这 次), an adverb
 * or 是 with what follows (也是, 不走), a pronoun with a verb (他在), a word with 的 or a locative after it (新的,
 * 世界上), and compounds of two words (中美关系 → 中美 关系). A word of our curated lexicon is never cut, nor an idiom
 * of the bundled data.
 */
final class PieceRefiner {
  private static final String NUMERALS = "一二两三四五六七八九十百千万亿几";
  /** Measure words, and nouns that take a numeral directly (两国, 两军). */
  private static final String UNITS =
      "个种根点次年项条位名件届层批家所座台天回场份轮级类支只张句段篇部本月日周号国军党方人代地院岸是"
          + "棵头匹把片块杯瓶双对套辆架艘封首幅间颗粒朵枝顿阵遍趟倍岁斤米元吨";
  private static final String DEMONSTRATIVES = "这那哪";
  /** GB/T 16159-2012: 这 那 哪 are written together with 些 么 样 般 里 边 会儿 个 only. */
  private static final String DEMONSTRATIVE_SUFFIXES = "些么样般里边儿个会";
  private static final String DETERMINERS = "各每某该本";
  private static final String ADVERBS = "也都既更很不是";
  private static final String PRONOUNS = "我你他她它";
  /** What a pronoun is written together with: 我们, 我国, 我方, 他人. */
  private static final String PRONOUN_SUFFIXES = "们国方人家军党校";
  /** 不 before these is a potential complement of the verb before it (阻挡不了, 看不完), never a phrase of its own. */
  private static final String POTENTIAL_COMPLEMENTS = "了起住完掉";
  /** Function words that start a phrase of ICU's dictionary of three or more characters. */
  private static final String PREFIXES = "也都既更很就还又才再是不在将把被从向对为以同和与或而并各每这那其所";
  /** Particles, locatives and adverbs that end one (觉得很 → 觉得 很). */
  private static final String SUFFIXES = "的了着得在出上下中里后前间内外时很也都就还又才再最更";

  private final IcuWords icu;
  private final LexiconIndex lexicon;

  PieceRefiner(IcuWords icu, LexiconIndex lexicon) {
    this.icu = icu;
    this.lexicon = lexicon;
  }

  /** Adds the word units of the ICU word {@code text[start, end)} to {@code out}. */
  void refine(String text, int start, int end, List<Word> out) {
    int characters = end - start == 1 ? 1 : Character.codePointCount(text, start, end);
    if (characters == 1) {
      out.add(Word.of(start, end, Word.Kind.ICU_SINGLE));
      return;
    }
    if (lexicon.isCurated(text, start, end)) {
      out.add(Word.of(start, end, Word.Kind.LEXICON));
      return;
    }
    if (characters >= 4 && lexicon.entry(text, start, end) != null) {
      // Four-character entries of the bundled data are idioms and set phrases (不知不觉): never cut them.
      out.add(Word.of(start, end, Word.Kind.ICU));
      return;
    }
    int first = text.codePointAt(start);
    int second = start + Character.charCount(first);
    int lastStart = Character.isLowSurrogate(text.charAt(end - 1)) ? end - 2 : end - 1;
    int last = text.codePointAt(lastStart);
    if (characters == 2) {
      if (isPhraseOfTwo(first, last)) {
        out.add(Word.of(start, second, Word.Kind.PEELED));
        out.add(Word.of(second, end, Word.Kind.PEELED));
      } else {
        out.add(Word.of(start, end, Word.Kind.ICU));
      }
      return;
    }
    if (PREFIXES.indexOf(first) >= 0 && isWord(text, second, end)) {
      out.add(Word.of(start, second, Word.Kind.PEELED));
      refine(text, second, end, out);
      return;
    }
    if (SUFFIXES.indexOf(last) >= 0 && isWord(text, start, lastStart)) {
      refine(text, start, lastStart, out);
      out.add(Word.of(lastStart, end, Word.Kind.PEELED));
      return;
    }
    for (int k = 2; k <= characters - 2; k++) {
      int middle = text.offsetByCodePoints(start, k);
      if (isWord(text, start, middle) && isWord(text, middle, end)) {
        refine(text, start, middle, out);
        refine(text, middle, end, out);
        return;
      }
    }
    out.add(Word.of(start, end, Word.Kind.ICU));
  }

  private static boolean isPhraseOfTwo(int first, int second) {
    return NUMERALS.indexOf(first) >= 0 && UNITS.indexOf(second) >= 0
        || DEMONSTRATIVES.indexOf(first) >= 0 && DEMONSTRATIVE_SUFFIXES.indexOf(second) < 0
        || DETERMINERS.indexOf(first) >= 0 && UNITS.indexOf(second) >= 0
        || ADVERBS.indexOf(first) >= 0 && !(first == '不' && POTENTIAL_COMPLEMENTS.indexOf(second) >= 0)
        || second == '的'
        || PRONOUNS.indexOf(first) >= 0 && PRONOUN_SUFFIXES.indexOf(second) < 0;
  }

  private boolean isWord(String text, int start, int end) {
    return lexicon.isCurated(text, start, end) || icu.isWord(text, start, end);
  }
}
