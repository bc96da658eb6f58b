package duizhao.view;

import java.util.List;

/**
 * One word of the Chinese: its characters paired with their syllables for ruby, or plain text when it has no Han.
 *
 * @param pinyin the word's pinyin in standard orthography (for the title attribute and the spoken toggle)
 * @param termId the glossary entry this word belongs to, or null
 * @param breakBefore whether a line may break before this word: true between two words with readings, where the
 *     page's {@code word-break: keep-all} would otherwise allow none; punctuation breaks as the line-breaking rules say
 */
public record WordView(String text, List<RubyPair> ruby, String pinyin, String termId, boolean breakBefore) {
  public WordView {
    ruby = List.copyOf(ruby);
  }

  /**
   * One character (or run) over which one syllable stands; {@code tone} is 1–5, 0 for none. {@code spokenSyllable}
   * and {@code spokenTone} carry the tone changes of 一 and 不 and equal the citation reading elsewhere.
   */
  public record RubyPair(String base, String syllable, String spokenSyllable, int tone, int spokenTone) {
    /** Whether the spoken reading differs from the citation reading (一 yí/yì, 不 bú). */
    public boolean changesWhenSpoken() {
      return !spokenSyllable.equals(syllable);
    }
  }
}
