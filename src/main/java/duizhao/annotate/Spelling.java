package duizhao.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word's pinyin as GB/T 16159-2012 writes it, kept tone-numbered so that rules can still change a syllable: the
 * syllables, and for each one how it attaches to the one before.
 *
 * <p>The lexicon and the overrides write spellings in a numbered notation: syllables of one written word together
 * ({@code zhe1teng5}), written words apart ({@code Xi2 Jin4ping2}), a hyphen where the standard has one
 * ({@code Zhong1-Mei3}), a capital on proper nouns. Apostrophes are never written in the notation: they follow from
 * the syllables.
 *
 * @param syllables tone-numbered, lowercase, shared instances from {@link Syllables}
 * @param layout one code per syllable: {@code c} continues the written word, {@code w}/{@code W} starts a word
 *     (after a space, or first), {@code h}/{@code H} starts a part after a hyphen; upper case marks a capital
 */
record Spelling(List<String> syllables, String layout) {
  private static final char CONTINUES = 'c';
  private static final char WORD = 'w';
  private static final char HYPHENATED = 'h';

  Spelling {
    syllables = List.copyOf(syllables);
    if (layout.length() != syllables.size()) {
      throw new IllegalArgumentException("layout " + layout + " does not fit " + syllables);
    }
  }

  /** Syllables written together as one word, in lower case. */
  static Spelling joined(List<String> syllables) {
    StringBuilder layout = new StringBuilder(syllables.size());
    for (int i = 0; i < syllables.size(); i++) {
      layout.append(i == 0 ? WORD : CONTINUES);
    }
    return new Spelling(syllables, layout.toString());
  }

  /**
   * Reads the numbered notation.
   *
   * @throws IllegalArgumentException with a message for the author of the file when the notation is malformed
   */
  static Spelling parse(String notation) {
    List<String> syllables = new ArrayList<>();
    StringBuilder layout = new StringBuilder();
    StringBuilder letters = new StringBuilder();
    char pending = WORD;
    for (int i = 0; i < notation.length(); i++) {
      char c = notation.charAt(i);
      if (c >= '1' && c <= '5') {
        if (letters.length() == 0) {
          throw new IllegalArgumentException("tone number " + c + " without a syllable in '" + notation + "'");
        }
        String written = letters.toString();
        String syllable = Syllables.canonical(written + c);
        boolean capital = Character.isUpperCase(written.charAt(0));
        if (syllable == null || !written.substring(1).equals(written.substring(1).toLowerCase(Locale.ROOT))) {
          throw new IllegalArgumentException("'" + written + c + "' is not a pinyin syllable");
        }
        if (capital && pending == CONTINUES) {
          throw new IllegalArgumentException("capital inside a word in '" + notation + "'");
        }
        syllables.add(syllable);
        layout.append(capital ? Character.toUpperCase(pending) : pending);
        letters.setLength(0);
        pending = CONTINUES;
      } else if (c == ' ' || c == '-') {
        if (letters.length() > 0 || syllables.isEmpty() || pending != CONTINUES) {
          throw new IllegalArgumentException("misplaced '" + c + "' in '" + notation + "'");
        }
        pending = c == ' ' ? WORD : HYPHENATED;
      } else if (Character.isLetter(c) || c == ':') {
        letters.append(c);
      } else {
        throw new IllegalArgumentException("unexpected '" + c + "' in '" + notation + "' (write tones as 1-5)");
      }
    }
    if (letters.length() > 0) {
      throw new IllegalArgumentException("'" + letters + "' has no tone number (5 is the neutral tone)");
    }
    if (syllables.isEmpty() || pending != CONTINUES) {
      throw new IllegalArgumentException("no syllables in '" + notation + "'");
    }
    return new Spelling(syllables, layout.toString());
  }

  /**
   * Recovers the spelling of a written form this class produced, given its syllables: the inverse of
   * {@link #write}, for code that only has a finished token.
   *
   * @throws IllegalArgumentException when {@code written} is not {@code syllables} written out
   */
  static Spelling ofWritten(String written, List<String> syllables, ToneMarks marks) {
    StringBuilder layout = new StringBuilder(syllables.size());
    int at = 0;
    for (int i = 0; i < syllables.size(); i++) {
      char code = i == 0 ? WORD : CONTINUES;
      if (i > 0 && at < written.length()) {
        char separator = written.charAt(at);
        if (separator == ' ' || separator == '-' || separator == '\'') {
          code = separator == ' ' ? WORD : separator == '-' ? HYPHENATED : CONTINUES;
          at++;
        }
      }
      String marked = marks.mark(syllables.get(i));
      if (!written.regionMatches(true, at, marked, 0, marked.length())) {
        throw new IllegalArgumentException("'" + written + "' does not spell " + syllables);
      }
      layout.append(Character.isUpperCase(written.charAt(at)) ? Character.toUpperCase(code) : code);
      at += marked.length();
    }
    if (at != written.length()) {
      throw new IllegalArgumentException("'" + written + "' does not spell " + syllables);
    }
    return new Spelling(syllables, layout.toString());
  }

  int size() {
    return syllables.size();
  }

  String syllable(int index) {
    return syllables.get(index);
  }

  /** This spelling followed by {@code next} written together with it, as a suffix or particle joins its word. */
  Spelling append(Spelling next) {
    List<String> all = new ArrayList<>(syllables);
    all.addAll(next.syllables);
    return new Spelling(all, layout + CONTINUES + next.layout.substring(1));
  }

  Spelling withSyllables(List<String> replaced) {
    return new Spelling(replaced, layout);
  }

  Spelling withSyllable(int index, String syllable) {
    List<String> replaced = new ArrayList<>(syllables);
    replaced.set(index, syllable);
    return new Spelling(replaced, layout);
  }

  /** Every written word (and hyphenated part) with a capital, as in a proper name or a title. */
  Spelling capitalised() {
    return new Spelling(syllables, layout.replace(WORD, 'W').replace(HYPHENATED, 'H'));
  }

  Spelling lowercased() {
    return new Spelling(syllables, layout.toLowerCase(Locale.ROOT));
  }

  boolean isCapitalised() {
    return Character.isUpperCase(layout.charAt(0));
  }

  /** The same syllables with a hyphen before syllable {@code index}, as four-character idioms are written. */
  Spelling hyphenatedBefore(int index) {
    char old = layout.charAt(index);
    char code = Character.isUpperCase(old) ? 'H' : HYPHENATED;
    return new Spelling(syllables, layout.substring(0, index) + code + layout.substring(index + 1));
  }

  /** The written pinyin: tone marks, apostrophes, spaces, hyphens and capitals. */
  String write(ToneMarks marks) {
    StringBuilder out = new StringBuilder(syllables.size() * 5);
    for (int i = 0; i < syllables.size(); i++) {
      String syllable = syllables.get(i);
      char code = layout.charAt(i);
      char kind = Character.toLowerCase(code);
      if (i > 0) {
        if (kind == WORD) {
          out.append(' ');
        } else if (kind == HYPHENATED) {
          out.append('-');
        } else if (Syllables.startsWithVowel(syllable)) {
          out.append('\'');
        }
      }
      String marked = marks.mark(syllable);
      if (Character.isUpperCase(code)) {
        out.append(marked.substring(0, 1).toUpperCase(Locale.ROOT)).append(marked, 1, marked.length());
      } else {
        out.append(marked);
      }
    }
    return out.toString();
  }

  /** Back to the numbered notation, for messages and tests. */
  String notation() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < syllables.size(); i++) {
      char code = layout.charAt(i);
      char kind = Character.toLowerCase(code);
      if (i > 0 && kind != CONTINUES) {
        out.append(kind == WORD ? ' ' : '-');
      }
      String syllable = syllables.get(i);
      out.append(Character.isUpperCase(code) ? syllable.substring(0, 1).toUpperCase(Locale.ROOT) + syllable.substring(1)
          : syllable);
    }
    return out.toString();
  }
}
