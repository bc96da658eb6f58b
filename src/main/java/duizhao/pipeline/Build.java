package duizhao.pipeline;

import duizhao.anchors.Anchor;
import duizhao.annotate.Annotator;
import duizhao.annotate.ArticleAnnotation;
import duizhao.annotate.Lexicon;
import duizhao.annotate.Overrides;
import duizhao.anchors.AnchorCheck;
import duizhao.anchors.AnchorManifest;
import duizhao.anchors.ErrataParser;
import duizhao.anchors.PublishedAnchors;
import duizhao.article.ArticleParser;
import duizhao.cite.BibTex;
import duizhao.cite.CitedWork;
import duizhao.cite.Ris;
import duizhao.diagnostic.ContentException;
import duizhao.diagnostic.Diagnostic;
import duizhao.diagnostic.Diagnostics;
import duizhao.glossary.GlossaryMatcher;
import duizhao.glossary.GlossaryParser;
import duizhao.edition.EditionMetaParser;
import duizhao.edition.SourceCheck;
import duizhao.export.Exports;
import duizhao.markdown.Markdown;
import duizhao.model.Annotation;
import duizhao.model.Article;
import duizhao.model.EditionContent;
import duizhao.model.EditionMeta;
import duizhao.model.Erratum;
import duizhao.model.Glossary;
import duizhao.model.GlossaryEntry;
import duizhao.model.TermOccurrence;
import duizhao.model.Translation;
import duizhao.render.PageRenderer;
import duizhao.site.EditionJsonBuilder;
import duizhao.site.SiteFiles;
import duizhao.source.AssetReader;
import duizhao.source.ContentFile;
import duizhao.source.ContentReader;
import duizhao.source.ContentSources;
import duizhao.source.EditionSources;
import duizhao.source.SourceDecoder;
import duizhao.translation.Alignment;
import duizhao.translation.TranslationParser;
import duizhao.view.ChangelogView;
import duizhao.view.ChangelogViews;
import duizhao.view.EditionView;
import duizhao.view.EditionViewBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The build, stage by stage: read content → parse metadata and check the source → repair and split the article →
 * load and align the translation → load the glossary → segment and annotate pinyin (glossary terms kept whole,
 * overrides applied) → match glossary terms → note held-back markup → check the published anchors against their
 * manifest and errata → build views → render pages, edition.json, the other data exports and the citation records.
 * Each stage reports all its errors before the next one runs; nothing is written here (see
 * {@link duizhao.site.SiteWriter}).
 */
public final class Build {
  public static final String TRANSLATION_FILE = "translation.en.md";
  public static final String GLOSSARY_FILE = "glossary.md";
  public static final String OVERRIDES_FILE = "overrides.tsv";
  /** The files whose Markdown reaches the pages: each is checked for markup the pages hold back. */
  private static final List<String> MARKDOWN_FILES = List.of(ContentReader.EDITION_FILE, TRANSLATION_FILE,
      GLOSSARY_FILE, ErrataParser.FILE);

  private final Markdown markdown = Markdown.create();
  private Annotator annotator;
  private Map<String, String> annotatorLexicon;
  private final EditionMetaParser metaParser = new EditionMetaParser(markdown);
  private final TranslationParser translationParser = new TranslationParser(markdown);
  private final GlossaryParser glossaryParser = new GlossaryParser(markdown);
  private final EditionViewBuilder viewBuilder = new EditionViewBuilder(markdown);
  private final EditionJsonBuilder jsonBuilder = new EditionJsonBuilder();
  private final ErrataParser errataParser = new ErrataParser(markdown);
  private final ChangelogViews changelogViews = new ChangelogViews(markdown);
  private final Exports exports = new Exports(markdown);
  private PageRenderer renderer;

  public BuildResult run(BuildOptions options) throws ContentException {
    ContentSources sources = ContentReader.read(options.content());
    PageRenderer renderer = renderer(options);
    SiteFiles files = new SiteFiles();
    List<Diagnostic> warnings = new ArrayList<>();
    Map<String, String> outputs = new HashMap<>();
    List<EditionContent> contents = new ArrayList<>();
    int paragraphs = 0;
    int sentences = 0;
    for (EditionSources edition : sources.editions()) {
      EditionMeta meta = meta(edition, options);
      String previous = outputs.putIfAbsent(meta.output(), edition.folder());
      if (previous != null) {
        throw ContentException.of(Diagnostic.error(edition.pathOf(ContentReader.EDITION_FILE), 0, 0,
            "output '" + meta.output() + "' is already used by " + previous, "",
            "give each edition its own output folder in edition.md"));
      }
      Article article = article(edition, meta);
      // The translation and the glossary do not depend on each other: both are checked before the build stops, so
      // one run shows an editor the problems of both files.
      Diagnostics inputs = new Diagnostics();
      Translation translation = inputs.collect(() -> translation(edition, article, meta));
      Glossary glossary = inputs.collect(() -> glossary(edition));
      inputs.throwIfErrors();
      Annotator annotator = annotator(sources);
      Set<String> terms = ArticleAnnotation.termForms(glossary);
      Annotation annotation = annotation(edition, article, annotator, terms, options);
      List<TermOccurrence> occurrences = matches(glossary, article, options, warnings);
      warnings.addAll(heldBackMarkup(edition));
      List<Erratum> errata = anchors(edition, meta, article, glossary, warnings);
      EditionContent content = new EditionContent(meta, article, annotation, translation, glossary, occurrences,
          ArticleAnnotation.termPinyin(annotator, glossary, terms));
      EditionView view = viewBuilder.build(content);
      String prefix = meta.output().equals(".") ? "" : meta.output() + "/";
      ChangelogView changelog = changelogViews.build(meta, errata, anchorIds(article, glossary));
      files.add(EditionViewBuilder.pagePath(meta), renderer.render("index.ftlh", Map.of("view", view, "changelog",
          changelog)));
      if (!view.glossary().isEmpty()) {
        files.add(EditionViewBuilder.glossaryPagePath(meta), renderer.render("glossary.ftlh", Map.of("view", view)));
      }
      files.add(prefix + "edition.json", jsonBuilder.json(content));
      exports.files(content).forEach((name, bytes) -> files.add(prefix + name, bytes));
      contents.add(content);
      CitedWork work = CitedWork.of(meta, translation, EditionViewBuilder.pagePath(meta));
      files.add(prefix + EditionViewBuilder.BIB_FILE, BibTex.of(work));
      files.add(prefix + EditionViewBuilder.RIS_FILE, Ris.of(work));
      paragraphs += article.paragraphs().size();
      sentences += article.sentences().size();
    }
    for (ContentFile asset : AssetReader.read(options.assets())) {
      files.add("assets/" + asset.path(), asset.bytes());
    }
    return new BuildResult(files, warnings, sources.editions().size(), paragraphs, sentences, contents);
  }

  /**
   * The renderer of the last run when the templates folder is the same: FreeMarker then parses again only the
   * templates that changed (it checks their modification time on every use), which keeps rebuilds in serve fast.
   */
  private PageRenderer renderer(BuildOptions options) throws ContentException {
    if (renderer == null || !renderer.templatesDir().equals(options.templates())) {
      renderer = new PageRenderer(options.templates());
    }
    return renderer;
  }

  private EditionMeta meta(EditionSources edition, BuildOptions options) throws ContentException {
    ContentFile file = edition.required(ContentReader.EDITION_FILE, "restore it (see README, \"Content\")");
    EditionMeta meta = metaParser.parse(file.path(), SourceDecoder.decode(file.path(), file.bytes()));
    return options.baseUrl() == null ? meta : meta.withBaseUrl(normalisedBaseUrl(options.baseUrl()));
  }

  /** A changed source is reported with what is wrong in it, so the digest and the damage are seen together. */
  private Article article(EditionSources edition, EditionMeta meta) throws ContentException {
    ContentFile source = edition.required(meta.sourceFile(),
        "restore it, or correct source-file in " + ContentReader.EDITION_FILE);
    Diagnostics problems = new Diagnostics();
    String sha = SourceCheck.verify(meta, source.path(), edition.pathOf(ContentReader.EDITION_FILE), source.bytes(),
        problems);
    Article article = problems.collect(() ->
        ArticleParser.parse(source.path(), SourceDecoder.decode(source.path(), source.bytes()), sha));
    problems.throwIfErrors();
    return article;
  }

  private Translation translation(EditionSources edition, Article article, EditionMeta meta) throws ContentException {
    ContentFile file = edition.required(TRANSLATION_FILE,
        "every edition needs its English in " + TRANSLATION_FILE + " (see README, \"Translation format\")");
    String text = SourceDecoder.decode(file.path(), file.bytes());
    Translation translation = translationParser.parse(file.path(), text);
    Alignment.check(article, translation, text, meta.speakers());
    return translation;
  }

  /** The annotator is costly to make, so one is kept for as long as the lexicon files stay the same. */
  private Annotator annotator(ContentSources sources) throws ContentException {
    Map<String, String> files = new TreeMap<>();
    for (ContentFile f : sources.lexicon()) {
      files.put(f.path(), SourceDecoder.decode(f.path(), f.bytes()));
    }
    if (annotator == null || !files.equals(annotatorLexicon)) {
      annotator = Annotator.create(Lexicon.standard(files));
      annotatorLexicon = files;
    }
    return annotator;
  }

  /** Words and readings; the edition's overrides.tsv corrects them unless --no-overrides. */
  private static Annotation annotation(EditionSources edition, Article article, Annotator annotator,
      Set<String> terms, BuildOptions options) throws ContentException {
    Overrides overrides = null;
    Optional<ContentFile> file = edition.file(OVERRIDES_FILE);
    if (options.overrides() && file.isPresent()) {
      overrides = Overrides.parse(file.get().path(), SourceDecoder.decode(file.get().path(), file.get().bytes()));
    }
    Diagnostics problems = new Diagnostics();
    Annotation annotation = ArticleAnnotation.annotate(annotator, article, terms, overrides, problems);
    problems.throwIfErrors();
    return annotation;
  }

  private Glossary glossary(EditionSources edition) throws ContentException {
    ContentFile file = edition.required(GLOSSARY_FILE, "every edition needs its glossary in " + GLOSSARY_FILE
        + " (see README, \"Content\")");
    return glossaryParser.parse(file.path(), SourceDecoder.decode(file.path(), file.bytes()));
  }

  /** Every occurrence of every term; an entry that matches nothing is a warning, or an error with --strict. */
  private static List<TermOccurrence> matches(Glossary glossary, Article article, BuildOptions options,
      List<Diagnostic> warnings) throws ContentException {
    List<TermOccurrence> occurrences = new GlossaryMatcher(glossary.entries()).match(EditionContent.textUnits(article));
    Diagnostics problems = new Diagnostics();
    for (GlossaryEntry e : glossary.entries()) {
      if (occurrences.stream().noneMatch(o -> o.termId().equals(e.id()))) {
        String message = "glossary entry " + e.id() + " (" + String.join(" | ", e.forms()) + ") matches nothing in"
            + " the text";
        String hint = "check the zh form against the source text, or remove the entry";
        problems.add(options.strict()
            ? Diagnostic.error(glossary.file(), e.location().line(), 1, message, "## " + e.id(), hint)
            : Diagnostic.warning(glossary.file(), e.location().line(), 1, message, "## " + e.id(), hint));
      }
    }
    problems.throwIfErrors();
    warnings.addAll(problems.all());
    return occurrences;
  }

  /** Published anchors keep their text unless errata.md declares the change (docs/ANCHORS.md). */
  private List<Erratum> anchors(EditionSources edition, EditionMeta meta, Article article, Glossary glossary,
      List<Diagnostic> warnings) throws ContentException {
    Optional<ContentFile> errataFile = edition.file(ErrataParser.FILE);
    List<Erratum> errata = errataFile.isEmpty() ? List.of() : errataParser.parse(errataFile.get().path(),
        SourceDecoder.decode(errataFile.get().path(), errataFile.get().bytes()));
    Optional<ContentFile> manifest = edition.file(AnchorManifest.FILE);
    String manifestText = manifest.isEmpty() ? null : SourceDecoder.decode(manifest.get().path(),
        manifest.get().bytes());
    warnings.addAll(AnchorCheck.check(meta, PublishedAnchors.of(article, glossary),
        edition.pathOf(AnchorManifest.FILE), manifestText, errata));
    return errata;
  }

  private static Set<String> anchorIds(Article article, Glossary glossary) {
    return PublishedAnchors.of(article, glossary).stream().map(Anchor::id).collect(Collectors.toSet());
  }

  /**
   * The anchors each edition publishes, as the text of its manifest, for {@code duizhao anchors}: the stages the
   * anchors come from, without the anchor check itself.
   */
  public Map<String, String> anchorManifests(BuildOptions options) throws ContentException {
    Map<String, String> manifests = new LinkedHashMap<>();
    for (EditionSources edition : ContentReader.read(options.content()).editions()) {
      EditionMeta meta = meta(edition, options);
      List<Anchor> anchors = PublishedAnchors.of(article(edition, meta), glossary(edition));
      manifests.put(meta.id(), AnchorManifest.of(meta.id(), meta.version(), anchors).format());
    }
    return manifests;
  }

  /** Raw HTML, links and images in the Markdown files that the pages hold back (docs/MARKUP.md), as warnings. */
  private List<Diagnostic> heldBackMarkup(EditionSources edition) throws ContentException {
    Diagnostics problems = new Diagnostics();
    for (String name : MARKDOWN_FILES) {
      for (ContentFile file : edition.file(name).stream().toList()) {
        markdown.unsafeMarkup(markdown.parse(file.path(), SourceDecoder.decode(file.path(), file.bytes())))
            .forEach(problems::add);
      }
    }
    problems.throwIfErrors();
    return problems.all();
  }

  private static String normalisedBaseUrl(String url) {
    return url.isEmpty() || url.endsWith("/") ? url : url + "/";
  }
}
