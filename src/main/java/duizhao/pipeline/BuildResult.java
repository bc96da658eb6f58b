package duizhao.pipeline;

import duizhao.diagnostic.Diagnostic;
import duizhao.model.EditionContent;
import duizhao.site.SiteFiles;
import java.util.List;

/**
 * A successful build: the site's files, ready to write, and the warnings met on the way.
 *
 * @param contents every edition's checked content, in build order, for tools that work on the model (tests, bench)
 */
public record BuildResult(SiteFiles files, List<Diagnostic> warnings, int editions, int paragraphs, int sentences,
    List<EditionContent> contents) {
  public BuildResult {
    warnings = List.copyOf(warnings);
    contents = List.copyOf(contents);
  }
}
