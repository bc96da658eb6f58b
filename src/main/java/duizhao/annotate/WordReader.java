package duizhao.annotate;

import duizhao.model.Token;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Gives a word its spelling from the lexicon: the whole word's entry if there is one, else the entries of its parts,
 * else the longest entries inside each part (forward maximum matching), else each character's reading. Words decide
 * polyphones (重申 chóng, 重要 zhòng); characters fall back to {@link CharacterReadings}.
 *
 * <p>A text repeats its words, so the reading of a word of one part is remembered together with its finished token,
 * which the annotator reuses wherever no context rule or tone change alters the word. The memory is bounded: words of
 * one char in a table by char, longer ones in a map of at most {@value #REMEMBERED_WORDS}.
 */
final class WordReader {
  /** Enough for the vocabulary of any real text; beyond it words are simply read again. */
  private static final int REMEMBERED_WORDS = 200_000;

  /** A word's spelling out of context and the token it makes when nothing changes it. */
  record Reading(Spelling spelling, Token token) {}

  private final LexiconIndex index;
  private final CharacterReadings characters;
  private final ToneMarks marks;
  private final Map<TextRange, Reading> remembered = new ConcurrentHashMap<>();
  /**
   * Readings of the words of one char (的, 在, 是: about half the words of a text), found by the char itself rather
   * than by hashing a key; a one-char word reads the same wherever it stands.
   */
  private final AtomicReferenceArray<Reading> oneCharWords = new AtomicReferenceArray<>(Character.MAX_VALUE + 1);

  WordReader(LexiconIndex index, CharacterReadings characters, ToneMarks marks) {
    this.index = index;
    this.characters = characters;
    this.marks = marks;
  }

  /** The reading of {@code word}; its token's text is the word's text. */
  Reading read(String text, Word word) {
    if (word.length() == 1) {
      char c = text.charAt(word.start());
      Reading reading = oneCharWords.get(c);
      if (reading == null) {
        String wordText = String.valueOf(c);
        Spelling spelling = spell(text, word);
        reading = new Reading(spelling, token(wordText, spelling, null));
        oneCharWords.set(c, reading);
      }
      return reading;
    }
    boolean rememberable = word.partCount() == 1 && !(word.kind() == Word.Kind.ICU && word.length() == 4);
    Reading reading = rememberable ? remembered.get(new TextRange(text, word.start(), word.end())) : null;
    if (reading == null) {
      String wordText = word.text(text);
      Spelling spelling = spell(text, word);
      reading = new Reading(spelling, token(wordText, spelling, null));
      if (rememberable && remembered.size() < REMEMBERED_WORDS) {
        remembered.put(new TextRange(wordText, 0, wordText.length()), reading);
      }
    }
    return reading;
  }

  /** The token of a word with its final spelling and spoken form (null when as written). */
  Token token(String wordText, Spelling spelling, Spelling spoken) {
    if (spelling == null) {
      return new Token(wordText, "", List.of(), null, null);
    }
    return new Token(wordText, spelling.write(marks), spelling.syllables(),
        spoken == null ? null : spoken.syllables(), spoken == null ? null : spoken.write(marks));
  }

  private Spelling spell(String text, Word word) {
    LexiconEntry whole = index.entry(text, word.start(), word.end());
    if (whole != null) {
      boolean idiom = word.kind() == Word.Kind.ICU && whole.spelling().size() == 4 && !whole.curated();
      return idiom ? whole.spelling().hyphenatedBefore(2) : whole.spelling();
    }
    Assembly assembly = new Assembly(word.length());
    for (int part = 0; part < word.partCount(); part++) {
      spellPart(text, word.partStart(part), word.partEnd(part), assembly);
    }
    Spelling spelling = assembly.spelling();
    if (word.kind() == Word.Kind.ICU && spelling.size() == 4) {
      // An ICU word of four characters that no rule could cut into two words is taken for an idiom, which
      // GB/T 16159-2012 writes as two hyphenated halves (bùqiè-shíjì).
      spelling = spelling.hyphenatedBefore(2);
    }
    return spelling;
  }

  /** Reads one part: its entry, or the longest entries within it, or character by character. */
  private void spellPart(String text, int start, int end, Assembly assembly) {
    LexiconEntry entry = index.entry(text, start, end);
    if (entry != null) {
      assembly.add(entry.spelling());
      return;
    }
    int at = start;
    while (at < end) {
      int wordEnd = index.longestEntry(text, at, end);
      if (wordEnd > 0) {
        assembly.add(index.entry(text, at, wordEnd).spelling());
      } else {
        int codePoint = text.codePointAt(at);
        wordEnd = at + Character.charCount(codePoint);
        assembly.add(characters.reading(codePoint));
      }
      at = wordEnd;
    }
  }

  /**
   * Pieces written together as one word. The word is capitalised only if every piece is a proper noun: a common
   * word built on a name is written small (中山服 zhōngshānfú, GB/T 16159-2012).
   */
  private static final class Assembly {
    private String[] syllables;
    private final StringBuilder layout;
    private int size;
    private boolean allCapitalised = true;

    Assembly(int expected) {
      syllables = new String[expected];
      layout = new StringBuilder(expected);
    }

    void add(Spelling piece) {
      for (int i = 0; i < piece.size(); i++) {
        char code = piece.layout().charAt(i);
        append(piece.syllable(i), i == 0 && size > 0 ? 'c' : code);
      }
      allCapitalised &= piece.isCapitalised();
    }

    void add(String syllable) {
      append(syllable, size == 0 ? 'w' : 'c');
      allCapitalised = false;
    }

    private void append(String syllable, char code) {
      if (size == syllables.length) {
        syllables = Arrays.copyOf(syllables, size * 2 + 1);
      }
      syllables[size++] = syllable;
      layout.append(code);
    }

    Spelling spelling() {
      Spelling spelling = new Spelling(Arrays.asList(Arrays.copyOf(syllables, size)), layout.toString());
      return allCapitalised ? spelling : spelling.lowercased();
    }
  }
}
