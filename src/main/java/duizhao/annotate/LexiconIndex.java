package duizhao.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * The lexicon's words of two or more characters in tries, for lookups in a text without cutting substrings: all of
 * them for readings, the curated ones for segmentation. Single characters go through {@link CharacterReadings}.
 * Built once per annotator; immutable.
 */
final class LexiconIndex {
  private final LexiconEntry[] entries;
  private final WordTrie words;
  private final LexiconEntry[] curatedEntries;
  private final WordTrie curatedWords;

  LexiconIndex(Lexicon lexicon) {
    List<LexiconEntry> all = new ArrayList<>();
    List<LexiconEntry> curated = new ArrayList<>();
    for (LexiconEntry entry : lexicon.entries()) {
      if (entry.word().codePointCount(0, entry.word().length()) > 1) {
        all.add(entry);
        if (entry.curated()) {
          curated.add(entry);
        }
      }
    }
    this.entries = all.toArray(LexiconEntry[]::new);
    this.words = WordTrie.of(all.stream().map(LexiconEntry::word).toList());
    this.curatedEntries = curated.toArray(LexiconEntry[]::new);
    this.curatedWords = WordTrie.of(curated.stream().map(LexiconEntry::word).toList());
  }

  /** The entry for exactly {@code text[from, to)}, or null. */
  LexiconEntry entry(CharSequence text, int from, int to) {
    int index = words.indexOf(text, from, to);
    return index < 0 ? null : entries[index];
  }

  /** The end of the longest entry starting at {@code from} within {@code limit}, or -1. */
  int longestEntry(CharSequence text, int from, int limit) {
    return words.longest(text, from, limit);
  }

  boolean isCurated(CharSequence text, int from, int to) {
    return curatedWords.indexOf(text, from, to) >= 0;
  }

  LexiconEntry curatedEntry(CharSequence text, int from, int to) {
    int index = curatedWords.indexOf(text, from, to);
    return index < 0 ? null : curatedEntries[index];
  }

  /** The curated words, for the segmentation lattice. */
  WordTrie curatedWords() {
    return curatedWords;
  }
}
