package duizhao.translation;

import duizhao.diagnostic.ContentException;
import duizhao.diagnostic.Diagnostic;
import duizhao.diagnostic.Diagnostics;
import duizhao.model.Article;
import duizhao.model.Paragraph;
import duizhao.model.SourceLocation;
import duizhao.model.Speaker;
import duizhao.model.Translation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks that every part of the Chinese has exactly one English counterpart: the title, source line and dateline,
 * every paragraph in order, and within it every sentence; and that every paragraph names a known speaker.
 */
public final class Alignment {
  private static final String LINE_HINT =
      "write one line of English per Chinese sentence, in the same order (see README, \"Translation format\")";

  private final String translationFile;
  private final String[] translationLines;
  private final Diagnostics problems = new Diagnostics();

  private Alignment(String translationFile, String translationText) {
    this.translationFile = translationFile;
    this.translationLines = translationText.split("\n", -1);
  }

  public static void check(Article article, Translation translation, String translationText, List<Speaker> speakers)
      throws ContentException {
    new Alignment(translation.file(), translationText).run(article, translation, speakers);
  }

  private void run(Article article, Translation translation, List<Speaker> speakers) throws ContentException {
    List<String> expected = new ArrayList<>(List.of("title"));
    if (article.sourceLine() != null) {
      expected.add("source");
    }
    if (article.dateline() != null) {
      expected.add("dateline");
    }
    article.paragraphs().forEach(p -> expected.add(p.id()));
    checkOrderAndCoverage(expected, translation);
    for (String key : List.of("title", "source", "dateline")) {
      Translation.Block b = translation.blocks().get(key);
      if (b != null && expected.contains(key) && b.lines().size() != 1) {
        error(b.location(), "section '" + key + "' must be exactly one line, but has " + b.lines().size(),
            "write the " + key + " on a single line");
      }
    }
    Set<String> known = speakers.stream().map(Speaker::id).collect(Collectors.toSet());
    for (Paragraph p : article.paragraphs()) {
      Translation.Block b = translation.blocks().get(p.id());
      if (b == null) {
        continue;
      }
      int zh = p.sentences().size();
      int en = b.lines().size();
      if (zh != en) {
        SourceLocation zhAt = p.location();
        error(b.location(), "paragraph " + p.number() + " has " + zh + " sentence" + (zh == 1 ? "" : "s")
                + " in Chinese but " + en + " in English (Chinese: " + zhAt.file() + ":" + zhAt.line() + ")",
            LINE_HINT);
      }
      if (b.speaker() == null) {
        error(b.location(), "paragraph " + p.number() + " names no speaker",
            "add {speaker=…} to the heading; known speakers: " + String.join(", ", known.stream().sorted().toList()));
      }
      checkSpeaker(b.speaker(), b.location(), known);
      b.lines().forEach(l -> checkSpeaker(l.speaker(), l.location(), known));
    }
    checkNotesReferenced(translation);
    problems.throwIfErrors();
  }

  private void checkOrderAndCoverage(List<String> expected, Translation translation) {
    List<String> actual = new ArrayList<>(translation.blocks().keySet());
    actual.sort((a, b) -> Integer.compare(translation.blocks().get(a).location().line(),
        translation.blocks().get(b).location().line()));
    for (String key : actual) {
      if (!expected.contains(key)) {
        error(translation.blocks().get(key).location(), "section '" + key + "' has no counterpart in the Chinese"
                + (key.startsWith("p") ? " (the source has " + (expected.size() - firstParagraphIndex(expected))
                    + " paragraphs)" : ""),
            "delete it, or check the paragraph number against the source");
      }
    }
    for (String key : expected) {
      if (!translation.blocks().containsKey(key)) {
        SourceLocation at = whereMissing(expected, key, translation);
        error(at, (key.startsWith("p") ? "paragraph " + key.substring(1) : "section '" + key + "'")
            + " is missing from the translation", "add a section '# " + key + "' with its English");
      }
    }
    List<String> present = actual.stream().filter(expected::contains).toList();
    List<String> inOrder = expected.stream().filter(present::contains).toList();
    for (int i = 0; i < present.size(); i++) {
      if (!present.get(i).equals(inOrder.get(i))) {
        error(translation.blocks().get(present.get(i)).location(), "section '" + present.get(i)
            + "' is out of order: expected '" + inOrder.get(i) + "' here", "keep the sections in source order");
        break;
      }
    }
  }

  private static int firstParagraphIndex(List<String> expected) {
    for (int i = 0; i < expected.size(); i++) {
      if (expected.get(i).startsWith("p")) {
        return i;
      }
    }
    return expected.size();
  }

  /** A missing section is reported where it should have been: at the next present section, or at the end. */
  private SourceLocation whereMissing(List<String> expected, String key, Translation translation) {
    for (int i = expected.indexOf(key) + 1; i < expected.size(); i++) {
      Translation.Block next = translation.blocks().get(expected.get(i));
      if (next != null) {
        return next.location();
      }
    }
    return new SourceLocation(translationFile, translationLines.length, 1);
  }

  private void checkNotesReferenced(Translation translation) {
    Set<String> referenced = translation.blocks().values().stream()
        .flatMap(b -> b.lines().stream())
        .flatMap(l -> TranslationParser.noteReferences(l.markdown()).stream())
        .collect(Collectors.toSet());
    translation.notes().values().stream()
        .filter(n -> !referenced.contains(n.id()))
        .sorted((a, b) -> Integer.compare(a.location().line(), b.location().line()))
        .forEach(n -> error(n.location(), "note [^" + n.id() + "] is defined but never referenced",
            "reference it in a sentence as [^" + n.id() + "], or delete it"));
  }

  private void checkSpeaker(String speaker, SourceLocation at, Set<String> known) {
    if (speaker != null && !known.contains(speaker)) {
      error(at, "unknown speaker '" + speaker + "'",
          "known speakers (edition.md): " + String.join(", ", known.stream().sorted().toList()));
    }
  }

  private void error(SourceLocation at, String message, String hint) {
    String text = at.line() >= 1 && at.line() <= translationLines.length ? translationLines[at.line() - 1] : "";
    problems.add(Diagnostic.error(translationFile, at.line(), Math.max(1, at.column()), message, text, hint));
  }
}
