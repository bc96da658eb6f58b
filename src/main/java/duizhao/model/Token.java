package duizhao.model;

import java.util.List;

/**
 * One word (or punctuation mark, number, Latin run) of the Chinese text with its reading.
 *
 * @param pinyin the word in standard orthography (GB/T 16159-2012), empty for tokens without Han characters
 * @param readings one tone-numbered syllable per Han character ({@code zhong1}); empty for punctuation, digits, Latin
 * @param spokenReadings the readings with the tone changes of 一 and 不 applied, or null when identical
 * @param spokenPinyin {@code pinyin} with those tone changes, or null when identical
 */
public record Token(String text, String pinyin, List<String> readings, List<String> spokenReadings, String spokenPinyin) {
  public Token {
    readings = List.copyOf(readings);
    spokenReadings = spokenReadings == null ? null : List.copyOf(spokenReadings);
  }

  public boolean hasReading() {
    return !readings.isEmpty();
  }
}
