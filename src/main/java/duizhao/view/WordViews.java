package duizhao.view;

import duizhao.annotate.ToneMarks;
import duizhao.model.TermOccurrence;
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
  private final ToneMarks toneMarks = ToneMarks.create();

  List<WordView> of(String text, List<Token> tokens) {
    if (tokens == null || tokens.isEmpty()) {
      return List.of(new WordView(text, List.of(), "", null, false));
    }
    List<WordView> words = new ArrayList<>(tokens.size());
    boolean previousHasReading = false;
    for (Token t : tokens) {
      words.add(word(t, null, previousHasReading));
      previousHasReading = t.hasReading();
    }
    return words;
  }

  /**
   * The unit's words grouped into runs: plain text, and one run per tapped term occurrence ({@code primary}, which
   * must not overlap). A term boundary inside a word splits the word, character by character.
   *
   * @param numbers for each term, the note number to print at its first occurrence (consumed as used)
   */
  List<RunView> runs(String text, List<Token> tokens, List<TermOccurrence> primary, TermNumbering numbers) {
    List<WordView> words = split(of(text, tokens), primary);
    List<RunView> runs = new ArrayList<>();
    List<WordView> pending = new ArrayList<>();
    TermOccurrence pendingTerm = null;
    int offset = 0;
    for (WordView w : words) {
      TermOccurrence term = covering(primary, offset, offset + w.text().length());
      if (term != pendingTerm && !pending.isEmpty()) {
        runs.add(run(pendingTerm, pending, numbers));
        pending = new ArrayList<>();
      }
      pendingTerm = term;
      pending.add(w);
      offset += w.text().length();
    }
    if (!pending.isEmpty()) {
      runs.add(run(pendingTerm, pending, numbers));
    }
    return runs;
  }

  private static RunView run(TermOccurrence term, List<WordView> words, TermNumbering numbers) {
    if (term == null) {
      return new RunView(null, 0, words);
    }
    return new RunView(term.termId(), numbers.firstUse(term.termId()), words);
  }

  private static TermOccurrence covering(List<TermOccurrence> primary, int start, int end) {
    for (TermOccurrence o : primary) {
      if (o.start() <= start && end <= o.end()) {
        return o;
      }
    }
    return null;
  }

  private static List<WordView> split(List<WordView> words, List<TermOccurrence> primary) {
    List<WordView> out = new ArrayList<>();
    int offset = 0;
    for (WordView w : words) {
      int end = offset + w.text().length();
      WordView rest = w;
      int restStart = offset;
      for (TermOccurrence o : primary) {
        for (int cut : new int[] {o.start(), o.end()}) {
          if (cut > restStart && cut < end) {
            WordView[] halves = splitAt(rest, cut - restStart);
            out.add(halves[0]);
            rest = halves[1];
            restStart = cut;
          }
        }
      }
      out.add(rest);
      offset = end;
    }
    return out;
  }

  private static WordView[] splitAt(WordView w, int at) {
    if (w.ruby().isEmpty()) {
      return new WordView[] {new WordView(w.text().substring(0, at), List.of(), w.pinyin(), null, w.breakBefore()),
          new WordView(w.text().substring(at), List.of(), w.pinyin(), null, false)};
    }
    int length = 0;
    int pairs = 0;
    while (length < at) {
      length += w.ruby().get(pairs++).base().length();
    }
    return new WordView[] {
        new WordView(w.text().substring(0, at), w.ruby().subList(0, pairs), w.pinyin(), null, w.breakBefore()),
        new WordView(w.text().substring(at), w.ruby().subList(pairs, w.ruby().size()), w.pinyin(), null, false)};
  }

  WordView word(Token t, String termId, boolean afterWordWithReading) {
    return new WordView(t.text(), ruby(t), t.pinyin(), termId, afterWordWithReading && t.hasReading());
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
    List<String> marked = readings.stream().map(toneMarks::mark).toList();
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
