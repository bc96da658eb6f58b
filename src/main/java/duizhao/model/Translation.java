package duizhao.model;

import java.util.List;
import java.util.Map;

/**
 * The English translation of an edition, one line per Chinese sentence.
 *
 * @param credits front matter: translator, version, date, licence
 * @param blocks the {@code title}, {@code source}, {@code dateline} lines and one entry per paragraph, by key
 *     ({@code title}, {@code p12} …)
 * @param notes translator's notes by id, as Markdown, in order of first reference
 */
public record Translation(
    String file, Map<String, String> credits, Map<String, Block> blocks, Map<String, Note> notes) {
  public Translation {
    credits = Map.copyOf(credits);
    blocks = Map.copyOf(blocks);
    notes = Map.copyOf(notes);
  }

  /** One {@code # key} section: its speaker and its lines. */
  public record Block(String key, String speaker, List<Line> lines, SourceLocation location) {
    public Block {
      lines = List.copyOf(lines);
    }
  }

  /**
   * One English line, aligned with one Chinese sentence.
   *
   * @param markdown the line's inline Markdown, speaker prefix removed
   * @param speaker the line's own speaker when it differs from its block's, else null
   */
  public record Line(String markdown, String speaker, SourceLocation location) {}

  /** A translator's note: its number in order of first reference, its Markdown text, where it was defined. */
  public record Note(String id, int number, String markdown, SourceLocation location) {}
}
