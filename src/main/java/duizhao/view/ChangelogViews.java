package duizhao.view;

import duizhao.markdown.Markdown;
import duizhao.model.EditionMeta;
import duizhao.model.Erratum;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Builds the changelog view from the edition's errata. */
public final class ChangelogViews {
  private final Markdown markdown;

  public ChangelogViews(Markdown markdown) {
    this.markdown = markdown;
  }

  /** @param anchors the anchors the edition publishes now, so that withdrawn ones are not linked */
  public ChangelogView build(EditionMeta meta, List<Erratum> errata, Set<String> anchors) {
    List<ChangelogView.Entry> entries = errata.stream()
        .sorted(Comparator.comparing((Erratum e) -> versionKey(e.version())).reversed())
        .map(e -> new ChangelogView.Entry(e.version(), e.date().toString(),
            e.anchors().stream().map(id -> new ChangelogView.AnchorLink(id, anchors.contains(id) ? "#" + id : null))
                .toList(),
            markdown.renderInline(e.changeMarkdown()), markdown.renderInline(e.reasonMarkdown())))
        .toList();
    return new ChangelogView(meta.version(), entries);
  }

  /** 1.10.0 sorts after 1.9.0. */
  private static String versionKey(String version) {
    StringBuilder key = new StringBuilder();
    for (String part : version.split("\\.")) {
      key.append(String.format(Locale.ROOT, "%08d", Integer.parseInt(part)));
    }
    return key.toString();
  }
}
