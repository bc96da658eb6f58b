package duizhao.annotate;

/**
 * A word unit found by the segmenter: a span of the text and the parts it was assembled from (a verb and its
 * particle 了, a stem and its suffix 性), whose readings are looked up one by one. Immutable.
 */
final class Word {
  /** How the segmenter came by a word; later steps treat the kinds differently. */
  enum Kind {
    /** No Chinese: punctuation, digits, Latin, space. */
    SYMBOL,
    /** A word of ICU's dictionary, possibly after a refinement rule took a function word off it. */
    ICU,
    /** A single character that ICU left on its own, often part of a name ICU does not know. */
    ICU_SINGLE,
    /** A single character a refinement rule took off an ICU word (两 of 两国, 也 of 也是). */
    PEELED,
    /** A single character left over where a lexicon word broke an ICU word; re-segmented by ICU afterwards. */
    SPLIT,
    /** A word of our curated lexicon. */
    LEXICON,
    /** Built by a merge rule from several parts. */
    MERGED,
    /** A caller's term (glossary word) that nothing smaller explained. */
    TERM
  }

  private static final int[] NO_INNER_PARTS = new int[0];

  private final int start;
  private final int end;
  private final Kind kind;
  private final int[] innerPartStarts;

  private Word(int start, int end, Kind kind, int[] innerPartStarts) {
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.innerPartStarts = innerPartStarts;
  }

  static Word of(int start, int end, Kind kind) {
    return new Word(start, end, kind, NO_INNER_PARTS);
  }

  /** The two words as one, keeping both as parts. */
  static Word merge(Word first, Word second, Kind kind) {
    int[] inner = new int[first.innerPartStarts.length + 1 + second.innerPartStarts.length];
    System.arraycopy(first.innerPartStarts, 0, inner, 0, first.innerPartStarts.length);
    inner[first.innerPartStarts.length] = second.start;
    System.arraycopy(second.innerPartStarts, 0, inner, first.innerPartStarts.length + 1,
        second.innerPartStarts.length);
    return new Word(first.start, second.end, kind, inner);
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  Kind kind() {
    return kind;
  }

  int length() {
    return end - start;
  }

  boolean isHan() {
    return kind != Kind.SYMBOL;
  }

  boolean isSingleCharacter(CharSequence text) {
    int length = end - start;
    return length == 1 || length == 2 && Character.isHighSurrogate(text.charAt(start));
  }

  int partCount() {
    return innerPartStarts.length + 1;
  }

  int partStart(int index) {
    return index == 0 ? start : innerPartStarts[index - 1];
  }

  int partEnd(int index) {
    return index == innerPartStarts.length ? end : innerPartStarts[index];
  }

  String text(String of) {
    return of.substring(start, end);
  }

  @Override
  public String toString() {
    return kind + "[" + start + "," + end + ")";
  }
}
