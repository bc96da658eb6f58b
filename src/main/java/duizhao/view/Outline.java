package duizhao.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives the text's parts and outline from its speaker tags and pillars, so nothing is typed by hand: consecutive
 * paragraphs with one speaker form a part labelled with the speaker's label; a speaker who has several parts gets
 * "Opening" or "Close" on the first and last part of the text; consecutive pillars form one outline entry.
 */
final class Outline {
  private static final int MAX_LABEL = 90;

  private Outline() {}

  static List<GroupView> groups(List<ParagraphView> paragraphs) {
    List<List<ParagraphView>> runs = new ArrayList<>();
    for (ParagraphView p : paragraphs) {
      List<ParagraphView> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last != null && last.get(0).speakerId().equals(p.speakerId())) {
        last.add(p);
      } else {
        runs.add(new ArrayList<>(List.of(p)));
      }
    }
    Map<String, Integer> partsBySpeaker = new HashMap<>();
    runs.forEach(r -> partsBySpeaker.merge(r.get(0).speakerId(), 1, Integer::sum));
    List<GroupView> groups = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      List<ParagraphView> run = runs.get(i);
      ParagraphView first = run.get(0);
      String label = first.speakerLabel();
      if (partsBySpeaker.get(first.speakerId()) > 1 && i == 0) {
        label = "Opening: " + label;
      } else if (partsBySpeaker.get(first.speakerId()) > 1 && i == runs.size() - 1) {
        label = "Close: " + label;
      }
      groups.add(new GroupView("part-" + (i + 1), label, range(run), "#" + first.id(), run, entries(run)));
    }
    return groups;
  }

  private static List<OutlineEntry> entries(List<ParagraphView> run) {
    List<OutlineEntry> entries = new ArrayList<>();
    List<OutlineEntry> pillars = new ArrayList<>();
    List<ParagraphView> pillarRun = new ArrayList<>();
    for (ParagraphView p : run) {
      OutlineEntry entry = new OutlineEntry("#" + p.id(), p.numberLabel(), p.label(), List.of());
      if (p.pillarId() != null) {
        pillars.add(entry);
        pillarRun.add(p);
        continue;
      }
      flushPillars(entries, pillars, pillarRun);
      entries.add(entry);
    }
    flushPillars(entries, pillars, pillarRun);
    return entries;
  }

  private static void flushPillars(List<OutlineEntry> entries, List<OutlineEntry> pillars,
      List<ParagraphView> pillarRun) {
    if (pillars.isEmpty()) {
      return;
    }
    String label = pillars.size() == 1 ? pillarRun.get(0).pillarLabel()
        : "Pillars " + pillarRun.get(0).pillar() + "–" + pillarRun.get(pillarRun.size() - 1).pillar();
    entries.add(new OutlineEntry("#" + pillarRun.get(0).pillarId(), range(pillarRun), label, pillars));
    pillars.clear();
    pillarRun.clear();
  }

  /** The outline label of a paragraph: its first English sentence, as plain text, cut at a word within 90 chars. */
  static String label(String firstSentenceMarkdown) {
    String plain = firstSentenceMarkdown.replaceAll("\\[\\^[^\\]]*\\]", "").replaceAll("[*_`]", "").strip();
    if (plain.length() <= MAX_LABEL) {
      return plain;
    }
    int cut = plain.lastIndexOf(' ', MAX_LABEL);
    return plain.substring(0, cut < 0 ? MAX_LABEL : cut).replaceAll("[,;:]$", "") + "…";
  }

  static String range(List<ParagraphView> run) {
    String first = run.get(0).numberLabel();
    return run.size() == 1 ? first : first + "–" + run.get(run.size() - 1).numberLabel();
  }
}
