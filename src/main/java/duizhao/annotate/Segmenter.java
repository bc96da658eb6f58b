package duizhao.annotate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Cuts a text into word units. ICU's dictionary segmentation comes first; its words are refined to GB/T 16159 units
 * ({@link PieceRefiner}); then a lattice over ICU's words, the curated lexicon's words and single characters picks
 * the cheapest path, where a lexicon word costs a little less than an ICU word, so that names and words missing from
 * ICU's dictionary (拜登, 航班, 人工智能) win wherever they save a cut. Where a lexicon word broke an ICU word, the
 * characters left over are segmented by ICU again (中|美元|首 → 中美 + 元首). Finally {@link WordMerger} joins
 * particles and suffixes to their words.
 */
final class Segmenter {
  private static final int ICU_COST = 10;
  private static final int LEXICON_COST = 9;

  private final IcuWords icu;
  private final PieceRefiner refiner;
  private final WordTrie curatedWords;
  private final CharacterReadings characters;
  private final WordMerger merger = new WordMerger();

  Segmenter(IcuWords icu, LexiconIndex lexicon, CharacterReadings characters) {
    this.icu = icu;
    this.refiner = new PieceRefiner(icu, lexicon);
    this.characters = characters;
    this.curatedWords = lexicon.curatedWords();
  }

  List<Word> segment(String text, Collection<String> extraWords) {
    Terms terms = Terms.find(text, extraWords);
    List<Word> words = new ArrayList<>();
    List<Word> run = new ArrayList<>();
    int[] icuBoundaries = icu.boundaries(text);
    for (int b = 1; b < icuBoundaries.length; b++) {
      int start = icuBoundaries[b - 1];
      int end = icuBoundaries[b];
      int from = start;
      while (from < end) {
        int codePoint = text.codePointAt(from);
        boolean han = isReadable(codePoint);
        int to = from + Character.charCount(codePoint);
        // One look at each character: this loop runs for every character of every sentence.
        while (to < end && !terms.isBoundary(to)) {
          codePoint = text.codePointAt(to);
          if (isReadable(codePoint) != han) {
            break;
          }
          to += Character.charCount(codePoint);
        }
        if (han) {
          boolean wholeIcuWord = from == start && to == end;
          pieces(text, from, to, wholeIcuWord, run);
        } else {
          flushRun(text, terms, run, words);
          words.add(Word.of(from, to, Word.Kind.SYMBOL));
        }
        from = to;
      }
    }
    flushRun(text, terms, run, words);
    return words;
  }

  private boolean isReadable(int codePoint) {
    return characters.isReadable(codePoint);
  }

  /** Refined pieces of an ICU word, or of a fragment of one that a term boundary cut off (segmented afresh). */
  private void pieces(String text, int start, int end, boolean wholeIcuWord, List<Word> out) {
    if (wholeIcuWord || Character.codePointCount(text, start, end) == 1) {
      refiner.refine(text, start, end, out);
    } else {
      icuWithin(text, start, end, out);
    }
  }

  private void icuWithin(String text, int start, int end, List<Word> out) {
    int[] boundaries = icu.boundaries(text.substring(start, end));
    for (int b = 1; b < boundaries.length; b++) {
      refiner.refine(text, start + boundaries[b - 1], start + boundaries[b], out);
    }
  }

  private void flushRun(String text, Terms terms, List<Word> run, List<Word> words) {
    if (run.isEmpty()) {
      return;
    }
    List<Word> path = cheapestPath(text, terms, run);
    words.addAll(merger.merge(text, terms, resegmentLeftovers(text, terms, path)));
    run.clear();
  }

  /** Dynamic programming over the run's positions; edges are the refined ICU words, lexicon words, and characters. */
  private List<Word> cheapestPath(String text, Terms terms, List<Word> run) {
    if (!hasLexiconEdge(text, terms, run)) {
      // Without a lexicon word, ICU's words are the cheapest path: each is one edge, where characters need more.
      return run;
    }
    int base = run.get(0).start();
    int length = run.get(run.size() - 1).end() - base;
    Lattice lattice = new Lattice(length);
    Word[] icuFrom = new Word[length];
    for (Word piece : run) {
      icuFrom[piece.start() - base] = piece;
    }
    int limit = base + length;
    int[] lexiconEnds = new int[Math.max(1, curatedWords.longestWord())];
    for (int i = 0; i < length; i++) {
      if (!lattice.reached(i)) {
        continue;
      }
      Word piece = icuFrom[i];
      if (piece != null) {
        lattice.relax(i, piece.end() - base, ICU_COST, Lattice.ICU);
      }
      int next = i + Character.charCount(text.codePointAt(base + i));
      int found = curatedWords.matches(text, base + i, limit, lexiconEnds);
      for (int m = 0; m < found; m++) {
        int end = lexiconEnds[m] - base;
        if (end > next && !terms.crosses(base + i, base + end)) {
          lattice.relax(i, end, LEXICON_COST, Lattice.LEXICON);
        }
      }
      lattice.relax(i, next, ICU_COST, Lattice.CHARACTER);
    }
    int edges = 0;
    for (int position = length; position > 0; position = lattice.from[position]) {
      edges++;
    }
    Word[] path = new Word[edges];
    for (int position = length; position > 0; position = lattice.from[position]) {
      int from = lattice.from[position];
      path[--edges] = switch (lattice.edge[position]) {
        case Lattice.ICU -> icuFrom[from];
        case Lattice.LEXICON -> Word.of(base + from, base + position, Word.Kind.LEXICON);
        default -> Word.of(base + from, base + position, Word.Kind.SPLIT);
      };
    }
    return Arrays.asList(path);
  }

  /** True when some curated word longer than one character starts in the run and crosses no term's edge. */
  private boolean hasLexiconEdge(String text, Terms terms, List<Word> run) {
    int limit = run.get(run.size() - 1).end();
    int[] lexiconEnds = new int[Math.max(1, curatedWords.longestWord())];
    for (int at = run.get(0).start(); at < limit; at += Character.charCount(text.codePointAt(at))) {
      int next = at + Character.charCount(text.codePointAt(at));
      int found = curatedWords.matches(text, at, limit, lexiconEnds);
      for (int m = 0; m < found; m++) {
        if (lexiconEnds[m] > next && !terms.crosses(at, lexiconEnds[m])) {
          return true;
        }
      }
    }
    return false;
  }

  /** The cheapest way found so far into each position of a run: its cost, where the edge starts, what it is. */
  private static final class Lattice {
    static final byte ICU = 0;
    static final byte LEXICON = 1;
    static final byte CHARACTER = 2;

    final int[] cost;
    final int[] from;
    final byte[] edge;

    Lattice(int length) {
      cost = new int[length + 1];
      from = new int[length + 1];
      edge = new byte[length + 1];
      Arrays.fill(cost, 1, length + 1, Integer.MAX_VALUE);
    }

    boolean reached(int position) {
      return cost[position] != Integer.MAX_VALUE;
    }

    void relax(int start, int end, int edgeCost, byte kind) {
      if (cost[start] + edgeCost < cost[end]) {
        cost[end] = cost[start] + edgeCost;
        from[end] = start;
        edge[end] = kind;
      }
    }
  }

  /** Characters left over where a lexicon word broke an ICU word go through ICU again, on their own. */
  private List<Word> resegmentLeftovers(String text, Terms terms, List<Word> path) {
    List<Word> out = new ArrayList<>(path.size());
    int i = 0;
    while (i < path.size()) {
      Word word = path.get(i);
      if (word.kind() != Word.Kind.SPLIT) {
        out.add(word);
        i++;
        continue;
      }
      int j = i;
      while (j < path.size() && path.get(j).kind() == Word.Kind.SPLIT
          && (j == i || !terms.isBoundary(path.get(j).start()))) {
        j++;
      }
      if (j - i == 1) {
        out.add(word);
      } else {
        icuWithin(text, word.start(), path.get(j - 1).end(), out);
      }
      i = j;
    }
    return out;
  }
}
