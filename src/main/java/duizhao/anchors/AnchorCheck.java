package duizhao.anchors;

import duizhao.diagnostic.ContentException;
import duizhao.diagnostic.Diagnostic;
import duizhao.diagnostic.Diagnostics;
import duizhao.model.EditionMeta;
import duizhao.model.Erratum;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares the anchors an edition publishes now with its manifest. A recorded anchor that is gone, or whose text
 * changed, is an error unless an erratum newer than the manifest names it; an erratum cannot be newer than the
 * edition's version, so a declared change always comes with a version bump. New anchors are a warning until the
 * manifest is regenerated.
 */
public final class AnchorCheck {
  private static final int SHOWN_NEW = 6;
  private static final int EXCERPT = 10;

  private final EditionMeta meta;
  private final String manifestPath;
  private final String regenerate;
  private final Diagnostics problems = new Diagnostics();
  private final List<Diagnostic> warnings = new ArrayList<>();

  private AnchorCheck(EditionMeta meta, String manifestPath) {
    this.meta = meta;
    this.manifestPath = manifestPath;
    this.regenerate = "java -jar target/duizhao.jar anchors --edition " + meta.id() + " > " + manifestPath;
  }

  /**
   * @param manifestText the manifest's text, or null when the edition has none
   * @return the warnings; errors are thrown together
   */
  public static List<Diagnostic> check(EditionMeta meta, List<Anchor> anchors, String manifestPath,
      String manifestText, List<Erratum> errata) throws ContentException {
    AnchorCheck check = new AnchorCheck(meta, manifestPath);
    check.run(anchors, manifestText, errata);
    check.problems.throwIfErrors();
    return List.copyOf(check.warnings);
  }

  private void run(List<Anchor> anchors, String manifestText, List<Erratum> errata) {
    if (manifestText == null) {
      problems.add(Diagnostic.error(manifestPath, 0, 0, "the edition has no anchor manifest", "",
          "create it with '" + regenerate + "', read it and commit it (docs/ANCHORS.md)"));
      return;
    }
    AnchorManifest manifest = AnchorManifest.parse(manifestPath, manifestText, problems);
    if (problems.hasErrors()) {
      return;
    }
    EditionVersion recorded = EditionVersion.parse(manifest.version()).orElseThrow();
    EditionVersion current = EditionVersion.parse(meta.version()).orElse(recorded);
    if (!manifest.editionId().equals(meta.id())) {
      problems.add(Diagnostic.error(manifestPath, 0, 0, "the manifest is for edition '" + manifest.editionId()
          + "', but edition.md says '" + meta.id() + "'", "", "regenerate it: " + regenerate));
      return;
    }
    if (recorded.isAfter(current)) {
      problems.add(Diagnostic.error(manifestPath, 0, 0, "the manifest records version " + recorded
          + ", but edition.md says " + current + ": an edition's version never goes back", "",
          "set version in edition.md to " + recorded + " or later"));
    }
    List<Erratum> pending = errata.stream()
        .filter(e -> EditionVersion.parse(e.version()).orElseThrow().isAfter(recorded)).toList();
    for (Erratum e : errata) {
      if (EditionVersion.parse(e.version()).orElseThrow().isAfter(current)) {
        problems.add(Diagnostic.error(e.location().file(), e.location().line(), 4, "the erratum is for version "
            + e.version() + ", but edition.md says " + current, "## " + e.version(),
            "a correction is published with a new version: set version: " + e.version() + " in edition.md"));
      }
    }
    Map<String, Anchor> now = anchors.stream()
        .collect(Collectors.toMap(Anchor::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    Set<String> declared = new HashSet<>();
    pending.forEach(e -> e.anchors().forEach(id -> declared.addAll(withAncestors(id, now))));
    Set<String> stale = errata.stream().filter(e -> !pending.contains(e)).flatMap(e -> e.anchors().stream())
        .collect(Collectors.toSet());
    List<String> changed = new ArrayList<>();
    List<AnchorManifest.Entry> removed = new ArrayList<>();
    for (AnchorManifest.Entry was : manifest.entries()) {
      Anchor is = now.get(was.id());
      if (is == null && !declared.contains(was.id()) && !withinRemoved(was.id(), declared, now)) {
        removed.add(was);
      } else if (is != null && !is.hash().equals(was.hash()) && !declared.contains(was.id())) {
        changed.add(was.id());
      }
    }
    reportRemovals(removed, recorded, stale);
    reportChanges(changed, manifest, now, recorded, stale);
    checkPending(pending, manifest, now);
    List<String> added = now.keySet().stream()
        .filter(id -> manifest.entries().stream().noneMatch(e -> e.id().equals(id))).toList();
    if (!added.isEmpty()) {
      warnings.add(Diagnostic.warning(manifestPath, 0, 0, added.size() + " new anchor" + (added.size() == 1 ? " is"
              : "s are") + " not in the manifest yet: " + String.join(", ", added.subList(0,
              Math.min(SHOWN_NEW, added.size()))) + (added.size() > SHOWN_NEW ? ", …" : ""), "",
          "once they are published, record them: " + regenerate));
    }
    if (!pending.isEmpty()) {
      warnings.add(Diagnostic.warning(manifestPath, 0, 0, "the manifest still records version " + recorded
          + ", before the errata of " + pending.stream().map(Erratum::version).distinct().sorted()
          .collect(Collectors.joining(", ")), "", "publish the correction with its manifest: " + regenerate));
    }
  }

  /**
   * One error per edit: a changed sentence also changes its paragraph and pillar, which are named in its message
   * rather than reported again.
   */
  private void reportChanges(List<String> changed, AnchorManifest manifest, Map<String, Anchor> now,
      EditionVersion recorded, Set<String> stale) {
    Map<String, AnchorManifest.Entry> was = manifest.entries().stream()
        .collect(Collectors.toMap(AnchorManifest.Entry::id, Function.identity()));
    Set<String> covered = new HashSet<>();
    for (String id : changed) {
      List<String> ancestors = withAncestors(id, now);
      covered.addAll(ancestors.subList(1, ancestors.size()));
    }
    for (String id : changed) {
      if (covered.contains(id)) {
        continue;
      }
      Anchor is = now.get(id);
      List<String> also = withAncestors(id, now).stream().skip(1).filter(changed::contains).toList();
      problems.add(Diagnostic.error(is.location().file(), is.location().line(), is.location().column(),
          "the text of anchor " + id + (also.isEmpty() ? "" : " (and with it " + String.join(", ", also) + ")")
              + " changed since version " + recorded + ": " + difference(was.get(id).text(), is.text()), "",
          restoreOrDeclare(recorded, "change", stale.contains(id) || also.stream().anyMatch(stale::contains))));
    }
  }

  /** One error per removed anchor, with the anchors inside it (p21 with p21-s1) named in its message. */
  private void reportRemovals(List<AnchorManifest.Entry> removed, EditionVersion recorded, Set<String> stale) {
    for (AnchorManifest.Entry was : removed) {
      if (removed.stream().anyMatch(o -> was.id().startsWith(o.id() + "-"))) {
        continue;
      }
      List<String> inside = removed.stream().map(AnchorManifest.Entry::id)
          .filter(id -> id.startsWith(was.id() + "-")).toList();
      problems.add(Diagnostic.error(manifestPath, was.line(), 1, "anchor " + was.id() + (inside.isEmpty() ? ""
              : " (and with it " + String.join(", ", inside) + ")") + " was published in version " + recorded
              + ", but the edition no longer has it", "",
          restoreOrDeclare(recorded, "removal", stale.contains(was.id()))));
    }
  }

  /** Whether the anchor lay inside a declared anchor that is gone: removing p22 removes p22-s1. */
  private static boolean withinRemoved(String id, Set<String> declared, Map<String, Anchor> now) {
    return declared.stream().anyMatch(d -> !now.containsKey(d) && id.startsWith(d + "-"));
  }

  /** The anchor and those whose elements hold it, innermost first: p6-s2, p6, pillar-1. */
  private static List<String> withAncestors(String id, Map<String, Anchor> now) {
    List<String> chain = new ArrayList<>(List.of(id));
    Anchor a = now.get(id);
    while (a != null && a.parent() != null) {
      chain.add(a.parent());
      a = now.get(a.parent());
    }
    return chain;
  }

  /** An erratum newer than the manifest must name anchors that exist, and ones that did change. */
  private void checkPending(List<Erratum> pending, AnchorManifest manifest, Map<String, Anchor> now) {
    Map<String, AnchorManifest.Entry> recorded = manifest.entries().stream()
        .collect(Collectors.toMap(AnchorManifest.Entry::id, Function.identity()));
    for (Erratum e : pending) {
      for (String id : new TreeSet<>(e.anchors())) {
        AnchorManifest.Entry was = recorded.get(id);
        Anchor is = now.get(id);
        if (was == null) {
          problems.add(Diagnostic.error(e.location().file(), e.location().line(), 1, "the erratum for " + e.version()
                  + " names anchor " + id + ", which the manifest does not record", "## " + e.version(),
              "name the published anchors whose text changed (see " + manifestPath + "), or none"));
        } else if (is != null && is.hash().equals(was.hash())) {
          warnings.add(Diagnostic.warning(e.location().file(), e.location().line(), 1, "the erratum for "
              + e.version() + " names anchor " + id + ", whose text has not changed", "## " + e.version(),
              "remove " + id + " from its anchors"));
        }
      }
    }
  }

  private String restoreOrDeclare(EditionVersion recorded, String what, boolean namedByStaleErratum) {
    return (namedByStaleErratum ? "an erratum names it, but only errata for versions after the manifest's ("
        + recorded + ") declare new changes; " : "") + "an anchor, once published, keeps its text: undo the " + what
        + ", or declare it in errata.md under a version after " + recorded + " and set that version in edition.md"
        + " (docs/ANCHORS.md)";
  }

  /** Where two texts part, e.g. {@code was “…两种选择…”, now “…两个选择…”}. */
  static String difference(String was, String is) {
    int[] a = was.codePoints().toArray();
    int[] b = is.codePoints().toArray();
    int common = 0;
    while (common < a.length && common < b.length && a[common] == b[common]) {
      common++;
    }
    return "was “" + excerpt(a, common) + "”, now “" + excerpt(b, common) + "”";
  }

  private static String excerpt(int[] text, int at) {
    int from = Math.max(0, at - EXCERPT);
    int to = Math.min(text.length, at + EXCERPT);
    return (from > 0 ? "…" : "") + new String(text, from, to - from) + (to < text.length ? "…" : "");
  }
}
