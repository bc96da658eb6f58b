package duizhao.source;

import duizhao.diagnostic.ContentException;
import duizhao.diagnostic.Diagnostic;
import duizhao.diagnostic.DidYouMean;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Everything in one edition's content folder, read into memory.
 *
 * @param folder the folder as shown to the user, e.g. {@code content/xinhua-2023-11-15-xi-biden-meeting}
 * @param files the folder's regular files by name
 */
public record EditionSources(String folder, Map<String, ContentFile> files) {
  public EditionSources {
    files = Map.copyOf(files);
  }

  public Optional<ContentFile> file(String name) {
    return Optional.ofNullable(files.get(name));
  }

  /**
   * A file the edition cannot do without; when it is missing, the message names a file that looks like it was
   * renamed (other case, other extension, a typo).
   *
   * @param hint how to fix it when no such file is there
   */
  public ContentFile required(String name, String hint) throws ContentException {
    ContentFile file = files.get(name);
    if (file != null) {
      return file;
    }
    String fix = lookalike(name).map(found -> "found " + found + ": if that is it, rename it to " + name
        + "; otherwise " + hint).orElse(hint);
    throw ContentException.of(Diagnostic.error(pathOf(name), 0, 0, "the file is missing", "", fix));
  }

  /** The path a missing file would have, for messages. */
  public String pathOf(String name) {
    return folder + "/" + name;
  }

  /** A file whose name differs from {@code name} only by case, extension or a small typo. */
  public Optional<String> lookalike(String name) {
    return DidYouMean.among(name, new TreeSet<>(files.keySet()));
  }
}
