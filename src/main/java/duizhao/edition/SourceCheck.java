package duizhao.edition;

import duizhao.diagnostic.ContentException;
import duizhao.diagnostic.Diagnostic;
import duizhao.diagnostic.Diagnostics;
import duizhao.model.EditionMeta;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The source text is kept byte for byte as published; its digest in {@code edition.md} proves it. */
public final class SourceCheck {
  private SourceCheck() {}

  /** @return the hex SHA-256 of the bytes, after checking it against the metadata */
  public static String verify(EditionMeta meta, String sourcePath, String metaPath, byte[] bytes)
      throws ContentException {
    Diagnostics problems = new Diagnostics();
    String actual = verify(meta, sourcePath, metaPath, bytes, problems);
    problems.throwIfErrors();
    return actual;
  }

  /** As {@link #verify(EditionMeta, String, String, byte[])}, recording a mismatch in {@code problems}. */
  public static String verify(EditionMeta meta, String sourcePath, String metaPath, byte[] bytes,
      Diagnostics problems) {
    String actual = sha256(bytes);
    if (!actual.equals(meta.sourceSha256())) {
      problems.add(Diagnostic.error(sourcePath, 0, 0, "the source text is not the one recorded in " + metaPath
              + ": its SHA-256 is " + actual + ", source-sha256 says " + meta.sourceSha256(), "",
          "the source must stay exactly as published: restore it (git checkout " + sourcePath + "); if it was"
              + " replaced on purpose, set source-sha256 to the new digest and declare the change in errata.md"));
    }
    return actual;
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
