package duizhao.cite;

/**
 * A place in the text to cite: a paragraph, optionally one of its sentences. {@link #PARAGRAPH_SLOT} and
 * {@link #SENTENCE_SLOT} stand for numbers that the page fills in when the reader opens the cite menu of a paragraph
 * or picks a sentence: the page carries one menu, written once with slots, for all its paragraphs.
 *
 * @param paragraph the paragraph number as printed ("12") or {@link #PARAGRAPH_SLOT}
 * @param sentence the sentence number as printed ("3"), {@link #SENTENCE_SLOT}, or null for the whole paragraph
 */
public record Locator(String paragraph, String sentence) {
  public static final String PARAGRAPH_SLOT = "{p}";
  public static final String SENTENCE_SLOT = "{n}";

  public static Locator paragraph(int number) {
    return new Locator(Integer.toString(number), null);
  }

  /** Any paragraph: its number left as a slot. */
  public static Locator anyParagraph() {
    return new Locator(PARAGRAPH_SLOT, null);
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
