package duizhao.export;

import duizhao.model.Translation;

/** The English of the one-line blocks of a translation ({@code title}, {@code source}, {@code dateline}). */
final class Lines {
  private Lines() {}

  /** The block's line, or empty when the translation has no such block. */
  static String single(Translation translation, String key) {
    Translation.Block b = translation.blocks().get(key);
    return b == null || b.lines().isEmpty() ? "" : b.lines().get(0).markdown();
  }
}
