package duizhao.model;

/**
 * Who speaks in a paragraph or sentence, as defined by the edition's metadata (so another readout can have other
 * speakers without code changes).
 *
 * @param id the key used in the translation file ({@code xi}, {@code biden}, {@code narrator}, {@code both})
 * @param label what the reader sees in the margin, e.g. "Biden, as reported by Xinhua"
 */
public record Speaker(String id, String label) {}
