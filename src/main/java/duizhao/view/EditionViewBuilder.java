package duizhao.view;

import duizhao.glossary.GlossaryMatcher;
import duizhao.markdown.Markdown;
import duizhao.model.Annotation;
import duizhao.model.Article;
import duizhao.model.EditionContent;
import duizhao.model.EditionMeta;
import duizhao.model.Paragraph;
import duizhao.model.Sentence;
import duizhao.model.Speaker;
import duizhao.model.TermOccurrence;
import duizhao.model.Translation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the page's view from the checked content: anchors, labels, words with readings, rendered English. */
public final class EditionViewBuilder {
  private final Markdown markdown;
  private final WordViews wordViews = new WordViews();
  private final GlossaryViews glossaryViews;

  public EditionViewBuilder(Markdown markdown) {
    this.markdown = markdown;
    this.glossaryViews = new GlossaryViews(markdown);
  }

  public EditionView build(EditionContent content) {
    EditionMeta meta = content.meta();
    Article article = content.article();
    Annotation annotation = content.annotation();
    Translation translation = content.translation();
    List<TermOccurrence> primary = GlossaryMatcher.primary(content.occurrences());
    Map<String, List<TermOccurrence>> primaryByUnit = primary.stream()
        .collect(Collectors.groupingBy(TermOccurrence::unit));
    TermNumbering numbers = TermNumbering.inOrderOf(primary.stream().map(TermOccurrence::termId).toList());
    EnglishRenderer english = new EnglishRenderer(markdown, translation.notes());
    Map<String, String> speakerLabels = meta.speakers().stream()
        .collect(Collectors.toMap(Speaker::id, Speaker::label));
    List<RunView> titleRuns = wordViews.runs(article.title(), annotation == null ? null : annotation.title(),
        primaryByUnit.getOrDefault("title", List.of()), numbers);
    List<RunView> datelineRuns = article.dateline() == null ? List.of()
        : wordViews.runs(article.dateline(), annotation == null ? null : annotation.dateline(),
            primaryByUnit.getOrDefault("dateline", List.of()), numbers);
    List<ParagraphView> paragraphs = new ArrayList<>();
    for (Paragraph p : article.paragraphs()) {
      Translation.Block block = translation.blocks().get(p.id());
      List<SentenceView> sentences = new ArrayList<>();
      for (Sentence s : p.sentences()) {
        Translation.Line line = block.lines().get(s.number() - 1);
        String ownSpeaker = line.speaker() != null && !line.speaker().equals(block.speaker())
            ? speakerLabels.get(line.speaker()) : null;
        sentences.add(new SentenceView(s.id(), s.number(), s.zh(),
            wordViews.runs(s.zh(), annotation == null ? null : annotation.sentences().get(s.id()),
                primaryByUnit.getOrDefault(s.id(), List.of()), numbers),
            english.line(line.markdown()), ownSpeaker));
      }
      String datelineEn = p.dateline() == null ? null : english.line(single(translation, "dateline"));
      paragraphs.add(new ParagraphView(p.id(), p.number(), "¶" + p.number(), p.pillarId(),
          p.pillar() == null ? null : "Pillar " + p.pillar(), p.dateline() == null ? List.of() : datelineRuns, datelineEn,
          block.speaker(),
          speakerLabels.get(block.speaker()), sentences));
    }
    List<NoteView> notes = translation.notes().values().stream()
        .sorted((a, b) -> Integer.compare(a.number(), b.number()))
        .map(n -> new NoteView(EnglishRenderer.noteAnchor(n.id()), n.number(), english.note(n)))
        .toList();
    List<GlossaryEntryView> glossary = glossaryViews.entries(content.glossary().entries(), content.occurrences(),
        primary, EditionContent.unitParagraphs(article), content.termPinyin(), numbers);
    String titleEn = single(translation, "title");
    String canonical = meta.baseUrl().isEmpty() ? "" : meta.baseUrl() + pagePath(meta);
    return new EditionView(meta.id(), meta.version(), meta.titleZh() + " — " + meta.titleEn(),
        description(meta), canonical, assetsPath(meta), article.title(),
        titleRuns, english.line(titleEn),
        article.sourceLine() == null ? List.of() : wordViews.runs(article.sourceLine().text(), null,
            primaryByUnit.getOrDefault("source", List.of()), numbers),
        translation.blocks().containsKey("source") ? english.line(single(translation, "source")) : "",
        translation.blocks().containsKey("dateline") ? english.line(single(translation, "dateline")) : "",
        meta.published().toString(), meta.meetingDate().toString(), meta.sourceEn(), meta.sourceUrl(),
        article.sha256(), markdown.render(markdown.parse("edition.md", meta.aboutMarkdown()).document()),
        meta.licenceSource(), meta.licenceTranslation(), translation.credits().getOrDefault("translator", ""),
        translation.credits().getOrDefault("version", ""), article.pillars().size(), paragraphs, notes, glossary,
        GlossaryViews.byCategory(glossary));
  }

  /** The page's path below the site root, e.g. {@code index.html} or {@code editions/x/index.html}. */
  public static String pagePath(EditionMeta meta) {
    return meta.output().equals(".") ? "index.html" : meta.output() + "/index.html";
  }

  private static String assetsPath(EditionMeta meta) {
    if (meta.output().equals(".")) {
      return "assets/";
    }
    return "../".repeat(meta.output().split("/").length) + "assets/";
  }

  private static String description(EditionMeta meta) {
    return "Bilingual reading edition of “" + meta.titleEn() + "” (" + meta.sourceEn() + ", " + meta.published()
        + "): the Chinese with pinyin, an English translation aligned sentence by sentence, glossary and notes.";
  }

  private static String single(Translation translation, String key) {
    Translation.Block b = translation.blocks().get(key);
    return b == null || b.lines().isEmpty() ? "" : b.lines().get(0).markdown();
  }
}
