package duizhao.view;

import duizhao.cite.CitedWork;
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
import duizhao.model.Token;
import duizhao.model.Translation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the page's view from the checked content: anchors, labels, words with readings and glossary terms, rendered
 * English, the outline, citations and the head's metadata.
 */
public final class EditionViewBuilder {
  public static final String BIB_FILE = "edition.bib";
  public static final String RIS_FILE = "edition.ris";
  /** The full glossary, with each entry's note, beside the page (the page itself carries the short entries). */
  public static final String GLOSSARY_PAGE = "glossary.html";
  private static final String PAGE_FILE = "index.html";

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
    Translation translation = content.translation();
    List<TermOccurrence> primary = GlossaryMatcher.primary(content.occurrences());
    CitedWork work = CitedWork.of(meta, translation, pagePath(meta));
    Units units = new Units(content.annotation(), primary.stream().collect(Collectors.groupingBy(TermOccurrence::unit)),
        TermNumbering.inOrderOf(primary.stream().map(TermOccurrence::termId).toList()));
    EnglishRenderer english = new EnglishRenderer(markdown, translation.notes());
    CitationViews cite = new CitationViews(work);
    Map<String, String> speakerLabels = meta.speakers().stream()
        .collect(Collectors.toMap(Speaker::id, Speaker::label));
    List<RunView> titleRuns = units.runs("title", article.title(), units.annotation == null ? null
        : units.annotation.title());
    List<RunView> sourceLineRuns = article.sourceLine() == null ? List.of()
        : units.runs("source", article.sourceLine().text(), null);
    List<RunView> datelineRuns = article.dateline() == null ? List.of()
        : units.runs("dateline", article.dateline(), units.annotation == null ? null : units.annotation.dateline());
    List<ParagraphView> paragraphs = new ArrayList<>();
    for (Paragraph p : article.paragraphs()) {
      paragraphs.add(paragraph(p, p.dateline() == null ? List.of() : datelineRuns, translation, units, english,
          speakerLabels));
    }
    List<NoteView> notes = translation.notes().values().stream()
        .sorted((a, b) -> Integer.compare(a.number(), b.number()))
        .map(n -> new NoteView(EnglishRenderer.noteAnchor(n.id()), n.number(), english.note(n)))
        .toList();
    List<GlossaryEntryView> glossary = glossaryViews.entries(content.glossary().entries(), content.occurrences(),
        primary, EditionContent.unitParagraphs(article), content.termPinyin(), units.numbers);
    String canonical = meta.baseUrl().isEmpty() ? "" : meta.baseUrl() + pagePath(meta);
    String description = description(meta);
    return new EditionView(meta.id(), meta.version(), meta.titleZh() + " — " + meta.titleEn(), description,
        canonical, assetsPath(meta), PageHead.metaTags(work, description), PageHead.jsonLd(work, description),
        article.title(), titleRuns, english.line(single(translation, "title")), sourceLineRuns,
        translation.blocks().containsKey("source") ? english.line(single(translation, "source")) : "",
        translation.blocks().containsKey("dateline") ? english.line(single(translation, "dateline")) : "",
        meta.published().toString(), meta.meetingDate().toString(), meta.sourceEn(), meta.sourceUrl(),
        shortUrl(meta.sourceUrl()), article.sha256(),
        markdown.render(markdown.parse("edition.md", meta.aboutMarkdown()).document()), meta.licenceSource(),
        meta.licenceTranslation(), translation.credits().getOrDefault("translator", ""),
        translation.credits().getOrDefault("version", ""), article.pillars().size(), paragraphs,
        Outline.groups(paragraphs), notes, glossary, GlossaryViews.byCategory(glossary), work.url(null),
        !work.absolute(), cite.edition(), anchors(cite, article, notes, glossary), BIB_FILE, RIS_FILE, PAGE_FILE,
        GLOSSARY_PAGE, meta.baseUrl().isEmpty() ? "" : meta.baseUrl() + glossaryPagePath(meta),
        glossaryDescription(meta), cite.menu(article.paragraphs().get(0).number()));
  }

  private ParagraphView paragraph(Paragraph p, List<RunView> dateline, Translation translation, Units units,
      EnglishRenderer english, Map<String, String> speakerLabels) {
    Translation.Block block = translation.blocks().get(p.id());
    List<SentenceView> sentences = new ArrayList<>();
    for (Sentence s : p.sentences()) {
      Translation.Line line = block.lines().get(s.number() - 1);
      String ownSpeaker = line.speaker() != null && !line.speaker().equals(block.speaker())
          ? speakerLabels.get(line.speaker()) : null;
      sentences.add(new SentenceView(s.id(), s.number(), s.zh(), units.runs(s.id(), s.zh(),
          units.annotation == null ? null : units.annotation.sentences().get(s.id())), english.line(line.markdown()),
          ownSpeaker));
    }
    String datelineEn = p.dateline() == null ? null : english.line(single(translation, "dateline"));
    return new ParagraphView(p.id(), p.number(), "¶" + p.number(), p.pillar(), p.pillarId(),
        p.pillar() == null ? null : "Pillar " + p.pillar(), dateline, datelineEn, block.speaker(),
        speakerLabels.get(block.speaker()), sentences, Outline.label(block.lines().get(0).markdown()),
        "Paragraph " + p.number() + ": cite or link");
  }

  /** The words of each text unit (title, source line, dateline, sentence) with their glossary terms, in order. */
  private final class Units {
    final Annotation annotation;
    final Map<String, List<TermOccurrence>> primaryByUnit;
    final TermNumbering numbers;

    Units(Annotation annotation, Map<String, List<TermOccurrence>> primaryByUnit, TermNumbering numbers) {
      this.annotation = annotation;
      this.primaryByUnit = primaryByUnit;
      this.numbers = numbers;
    }

    List<RunView> runs(String unit, String text, List<Token> tokens) {
      return wordViews.runs(text, tokens, primaryByUnit.getOrDefault(unit, List.of()), numbers);
    }
  }

  /** The anchor forms "How to cite" explains, each with a real example from this edition. */
  private static List<AnchorExample> anchors(CitationViews cite, Article article, List<NoteView> notes,
      List<GlossaryEntryView> glossary) {
    List<AnchorExample> anchors = new ArrayList<>();
    anchors.add(cite.example("title", "#title", "the headline"));
    Paragraph example = article.paragraphs().get(Math.min(11, article.paragraphs().size() - 1));
    anchors.add(cite.example(example.id(), "#p{n}", "paragraph n, numbered as in the Chinese original"));
    Sentence sentence = example.sentences().get(Math.min(1, example.sentences().size() - 1));
    anchors.add(cite.example(sentence.id(), "#p{n}-s{m}",
        "sentence m of paragraph n, counted in the Chinese; the English is aligned to it"));
    if (!article.pillars().isEmpty()) {
      anchors.add(cite.example(article.pillars().get(0).pillarId(), "#pillar-{k}",
          "the k-th of the numbered points (一是 … 五是)"));
    }
    if (!glossary.isEmpty()) {
      anchors.add(cite.example(glossary.get(0).id(), "#term-{id}", "a glossary entry; its id never changes, and "
          + GLOSSARY_PAGE + " carries the same id for the whole entry, with its note"));
    }
    if (!notes.isEmpty()) {
      anchors.add(cite.example(notes.get(0).anchor(), "#note-{id}", "a translator's note"));
    }
    return anchors;
  }

  /** The page's path below the site root, e.g. {@code index.html} or {@code editions/x/index.html}. */
  public static String pagePath(EditionMeta meta) {
    return meta.output().equals(".") ? PAGE_FILE : meta.output() + "/" + PAGE_FILE;
  }

  /** The glossary page's path below the site root, beside the edition page. */
  public static String glossaryPagePath(EditionMeta meta) {
    return meta.output().equals(".") ? GLOSSARY_PAGE : meta.output() + "/" + GLOSSARY_PAGE;
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

  private static String glossaryDescription(EditionMeta meta) {
    return "Glossary of the political vocabulary of “" + meta.titleEn() + "” (" + meta.sourceEn() + ", "
        + meta.published() + "): pinyin, our and official English renderings, notes, and where each term stands in"
        + " the text.";
  }

  /** A URL as printed on paper: without scheme, {@code www.} or a trailing slash. */
  static String shortUrl(String url) {
    return url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "").replaceFirst("^www\\.", "").replaceFirst("/$", "");
  }

  private static String single(Translation translation, String key) {
    Translation.Block b = translation.blocks().get(key);
    return b == null || b.lines().isEmpty() ? "" : b.lines().get(0).markdown();
  }
}
