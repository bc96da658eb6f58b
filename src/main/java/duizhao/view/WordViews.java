package duizhao.view;

import duizhao.model.Token;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns annotation tokens into printable words: one ruby pair per Han character with its own syllable. The syllables
 * are cut from the word's orthographic pinyin where it spells the same letters, so capitals (Xí Jìnpíng) survive.
 */
final class WordViews {
  private final ToneMarks toneMarks = new ToneMarks();

  List<WordView> of(String text, List<Token> tokens) {
    if (tokens == null || tokens.isEmpty()) {
      return List.of(new WordView(text, List.of(), "", null));
    }
    List<WordView> words = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      words.add(word(t, null));
    }
    return words;
  }

  WordView word(Token t, String termId) {
    return new WordView(t.text(), ruby(t), t.pinyin(), termId);
  }

  private List<WordView.RubyPair> ruby(Token t) {
    if (!t.hasReading()) {
      return List.of();
    }
    List<String> readings = t.readings();
    List<String> spokenReadings = t.spokenReadings() == null ? readings : t.spokenReadings();
    List<String> syllables = syllables(readings, t.pinyin());
    List<String> spoken = syllables(spokenReadings, t.spokenPinyin() == null ? t.pinyin() : t.spokenPinyin());
    List<WordView.RubyPair> pairs = new ArrayList<>();
    int reading = 0;
    for (int cp : t.text().codePoints().toArray()) {
      String base = new String(Character.toChars(cp));
      if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN && reading < readings.size()) {
        pairs.add(new WordView.RubyPair(base, syllables.get(reading), spoken.get(reading),
            tone(readings.get(reading)), tone(spokenReadings.get(reading))));
        reading++;
      } else {
        pairs.add(new WordView.RubyPair(base, "", "", 0, 0));
      }
    }
    return pairs;
  }

  private List<String> syllables(List<String> readings, String orthographic) {
    List<String> marked = readings.stream().map(toneMarks::marked).toList();
    String letters = Normalizer.normalize(orthographic.replaceAll("[\\s'’-]", ""), Normalizer.Form.NFC);
    String joined = String.join("", marked);
    if (!letters.toLowerCase(Locale.ROOT).equals(joined.toLowerCase(Locale.ROOT))) {
      return marked;
    }
    List<String> out = new ArrayList<>(marked.size());
    int at = 0;
    for (String s : marked) {
      out.add(letters.substring(at, at + s.length()));
      at += s.length();
    }
    return out;
  }

  private static int tone(String reading) {
    char last = reading.isEmpty() ? '0' : reading.charAt(reading.length() - 1);
    return last >= '1' && last <= '4' ? last - '0' : 5;
  }
}
