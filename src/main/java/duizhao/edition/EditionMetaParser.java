package duizhao.edition;

import duizhao.diagnostic.ContentException;
import duizhao.diagnostic.Diagnostic;
import duizhao.diagnostic.Diagnostics;
import duizhao.markdown.FrontMatter;
import duizhao.markdown.Markdown;
import duizhao.markdown.MarkdownFile;
import duizhao.model.EditionMeta;
import duizhao.model.SourceLocation;
import duizhao.model.Speaker;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Parses {@code edition.md}: front matter with the edition's facts, and a Markdown introduction as its body. */
public final class EditionMetaParser {
  private static final Set<String> REQUIRED = Set.of("id", "version", "title-zh", "title-en", "published",
      "meeting-date", "source-zh", "source-en", "source-url", "source-file", "source-sha256", "licence-source",
      "licence-translation", "speakers");
  private static final Set<String> OPTIONAL = Set.of("base-url", "output");
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");
  private static final Pattern OUTPUT = Pattern.compile("\\.|[a-z0-9]+(?:[-_][a-z0-9]+)*(?:/[a-z0-9]+(?:[-_][a-z0-9]+)*)*");

  private final Markdown markdown;

  public EditionMetaParser(Markdown markdown) {
    this.markdown = markdown;
  }

  public EditionMeta parse(String file, String text) throws ContentException {
    MarkdownFile md = markdown.parse(file, text);
    Diagnostics problems = new Diagnostics();
    FrontMatter fm = markdown.frontMatter(md, REQUIRED, OPTIONAL, problems);
    problems.throwIfErrors();
    Checker check = new Checker(md, fm, problems);
    String id = check.matching("id", ID, "use lowercase letters, digits and hyphens, e.g. xinhua-2023-11-15-xi-biden");
    String version = check.matching("version", VERSION, "use a semantic version such as 1.0.0");
    LocalDate published = check.date("published");
    LocalDate meeting = check.date("meeting-date");
    String sha = fm.value("source-sha256");
    if (!sha.isEmpty() && !SHA256.matcher(sha).matches()) {
      check.fail("source-sha256", "source-sha256 is not a SHA-256 digest: it has " + (sha.length() != 64
              ? sha.length() + " characters instead of 64" : "characters other than 0-9 and a-f"),
          "write the 64 lowercase hex digits that 'sha256sum " + fm.value("source-file")
              + "' prints in the edition's folder");
    }
    String sourceUrl = check.url("source-url", false);
    String baseUrl = check.url("base-url", true);
    if (!baseUrl.isEmpty() && !baseUrl.endsWith("/")) {
      baseUrl = baseUrl + "/";
    }
    String output = fm.value("output").isEmpty() ? id : fm.value("output");
    if (!OUTPUT.matcher(output).matches()) {
      check.fail("output", "output '" + output + "' is not a safe folder name inside the site",
          "use '.' for the site root or a relative path of lowercase names, e.g. editions/xi-biden");
    }
    if (!FILE_NAME.matcher(fm.value("source-file")).matches()) {
      check.fail("source-file", "source-file '" + fm.value("source-file") + "' is not the name of a file in the"
          + " edition's folder", "name a file beside edition.md, e.g. source.zh.txt");
    }
    List<Speaker> speakers = check.speakers();
    problems.throwIfErrors();
    String about = text.lines().skip(fm.endLine()).reduce("", (a, b) -> a + b + "\n").strip();
    return new EditionMeta(id, version, fm.value("title-zh"), fm.value("title-en"), published, meeting,
        fm.value("source-zh"), fm.value("source-en"), sourceUrl, fm.value("source-file"), sha, baseUrl, output,
        fm.value("licence-source"), fm.value("licence-translation"), speakers, about, SourceLocation.ofFile(file));
  }

  /** Field checks that report at the field's own line. */
  private record Checker(MarkdownFile md, FrontMatter fm, Diagnostics problems) {
    String matching(String key, Pattern pattern, String hint) {
      String value = fm.value(key);
      if (!value.isEmpty() && !pattern.matcher(value).matches()) {
        fail(key, key + " '" + value + "' is not valid", hint);
      }
      return value;
    }

    LocalDate date(String key) {
      try {
        return LocalDate.parse(fm.value(key));
      } catch (DateTimeParseException e) {
        fail(key, key + " '" + fm.value(key) + "' is not a valid date", "write dates as YYYY-MM-DD, e.g. 2023-11-15");
        return null;
      }
    }

    String url(String key, boolean optional) {
      String value = fm.value(key);
      if (value.isEmpty() && optional) {
        return "";
      }
      try {
        URI uri = new URI(value);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
          return value;
        }
      } catch (URISyntaxException e) {
        // reported below
      }
      fail(key, key + " '" + value + "' is not an http(s) URL", "write a full URL such as https://example.org/");
      return value;
    }

    /** {@code speakers: xi = Xi Jinping; biden = Joe Biden, as reported by Xinhua; …} */
    List<Speaker> speakers() {
      List<Speaker> speakers = new ArrayList<>();
      for (String part : fm.value("speakers").split(";")) {
        String[] kv = part.split("=", 2);
        if (kv.length != 2 || !ID.matcher(kv[0].strip()).matches() || kv[1].isBlank()) {
          fail("speakers", "speaker '" + part.strip() + "' is not of the form 'id = label'",
              "list speakers as 'xi = Xi Jinping; narrator = Xinhua narrative'");
          continue;
        }
        speakers.add(new Speaker(kv[0].strip(), kv[1].strip()));
      }
      return speakers;
    }

    /** Reports at the field's value, so the caret points at what to change. */
    void fail(String key, String message, String hint) {
      int line = fm.field(key).map(FrontMatter.Field::line).orElse(1);
      String text = md.line(line);
      int colon = text.indexOf(':');
      int column = 1;
      if (colon >= 0) {
        int at = colon + 1;
        while (at < text.length() && text.charAt(at) == ' ') {
          at++;
        }
        column = text.codePointCount(0, at) + 1;
      }
      problems.add(Diagnostic.error(md.file(), line, column, message, text, hint));
    }
  }
}
