package duizhao.source;

import java.util.List;

/**
 * The whole content folder, read into memory so that later stages never touch the file system.
 *
 * @param lexicon the shared word lists under {@code content/lexicon/}, sorted by name
 * @param editions one entry per folder holding an {@code edition.md}, sorted by folder name
 */
public record ContentSources(List<ContentFile> lexicon, List<EditionSources> editions) {
  public ContentSources {
    lexicon = List.copyOf(lexicon);
    editions = List.copyOf(editions);
  }
}
