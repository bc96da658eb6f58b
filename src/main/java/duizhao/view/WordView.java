package duizhao.view;

import java.util.List;

/**
 * One word of the Chinese: its characters paired with their syllables for ruby, or plain text when it has no Han.
 *
 * @param pinyin the word's pinyin in standard orthography (for the title attribute and the spoken toggle)
 * @param termId the glossary entry this word belongs to, or null
 */
public record WordView(String text, List<RubyPair> ruby, String pinyin, String termId) {
  public WordView {
    ruby = List.copyOf(ruby);
  }

  /** One character (or run) over which one syllable stands; {@code tone} is 1–5, 0 for none. */
  public record RubyPair(String base, String syllable, String spokenSyllable, int tone, int spokenTone) {}
}
