package duizhao.anchors;

import duizhao.model.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * A published anchor and the text it points to, normalised (NFC, runs of white space as one space, trimmed) so that
 * only a change a reader could see changes its hash.
 *
 * @param parent the anchor whose element holds this one ({@code p3} for {@code p3-s2}, {@code pillar-1} for
 *     {@code p6}), or null: a change to this anchor's text is a change to its parent's too
 * @param location where the text comes from, for messages
 */
public record Anchor(String id, String text, String parent, SourceLocation location) {
  public Anchor {
    text = normalised(text);
  }

  /** The first 16 hex digits of the SHA-256 of the UTF-8 text: short enough to read, long enough never to collide. */
  public String hash() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  static String normalised(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\u3000]+", " ").strip();
  }
}
