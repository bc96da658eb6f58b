package duizhao.cite;

/**
 * A place in the text to cite: a paragraph, optionally one of its sentences. {@link #SENTENCE_SLOT} stands for a
 * sentence number that the page fills in when the reader picks a sentence.
 *
 * @param sentence the sentence number as printed ("3"), {@link #SENTENCE_SLOT}, or null for the whole paragraph
 */
public record Locator(int paragraph, String sentence) {
  public static final String SENTENCE_SLOT = "{n}";

  public static Locator paragraph(int number) {
    return new Locator(number, null);
  }

  public Locator withSentenceSlot() {
    return new Locator(paragraph, SENTENCE_SLOT);
  }

  /** The anchor in the page: {@code p12} or {@code p12-s3}. */
  public String anchor() {
    return sentence == null ? "p" + paragraph : "p" + paragraph + "-s" + sentence;
  }

  /** Written out with a style's word for paragraph: {@code para. 12, sentence 3}. */
  public String text(String paragraphWord) {
    return paragraphWord + " " + paragraph + (sentence == null ? "" : ", sentence " + sentence);
  }
}
