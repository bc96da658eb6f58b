package duizhao.source;

import java.util.Map;
import java.util.Optional;

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

  /** The path a missing file would have, for messages. */
  public String pathOf(String name) {
    return folder + "/" + name;
  }
}
