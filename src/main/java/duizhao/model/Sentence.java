package duizhao.model;

/**
 * One Chinese sentence of a paragraph.
 *
 * @param id its published anchor, {@code p{n}-s{m}}
 * @param number 1-based position within its paragraph
 * @param zh the repaired Chinese text
 */
public record Sentence(String id, int number, String zh, SourceLocation location) {}
