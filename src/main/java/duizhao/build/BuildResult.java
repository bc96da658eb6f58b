package duizhao.build;

import duizhao.diagnostic.Diagnostic;
import duizhao.site.SiteFiles;
import java.util.List;

/** A successful build: the site's files, ready to write, and the warnings met on the way. */
public record BuildResult(SiteFiles files, List<Diagnostic> warnings, int editions, int paragraphs, int sentences) {
  public BuildResult {
    warnings = List.copyOf(warnings);
  }
}
