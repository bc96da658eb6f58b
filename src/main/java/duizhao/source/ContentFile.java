package duizhao.source;

/**
 * A content file's bytes as read from disk.
 *
 * @param path the path as shown to the user in diagnostics (relative to where they ran the command)
 */
public record ContentFile(String path, byte[] bytes) {}
