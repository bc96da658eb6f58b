package duizhao.render;

import duizhao.diagnostic.ContentException;
import duizhao.diagnostic.Diagnostic;
import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * FreeMarker, configured once: {@code .ftlh} templates from the templates folder with HTML auto-escaping, strict
 * errors (a missing variable fails the build), and a fixed locale and time zone so output never depends on the
 * machine. Errors are reported as {@code templates/x.ftlh:line:col: error: …}.
 */
public final class PageRenderer {
  private final Configuration config;
  private final Path templatesDir;
  private final String shownDir;

  public PageRenderer(Path templatesDir) throws ContentException {
    this.templatesDir = templatesDir;
    this.shownDir = templatesDir.toString();
    if (!Files.isDirectory(templatesDir)) {
      throw ContentException.of(Diagnostic.error(shownDir, 0, 0, "the templates folder does not exist", "",
          "run from the project folder, or name it with --templates DIR"));
    }
    config = new Configuration(Configuration.VERSION_2_3_34);
    try {
      config.setTemplateLoader(new FileTemplateLoader(templatesDir.toFile()));
    } catch (IOException e) {
      throw ContentException.of(Diagnostic.error(shownDir, 0, 0, "cannot read templates: " + e.getMessage(), "",
          "check that the templates folder is readable"));
    }
    config.setDefaultEncoding(StandardCharsets.UTF_8.name());
    config.setOutputEncoding(StandardCharsets.UTF_8.name());
    config.setRecognizeStandardFileExtensions(true);
    config.setOutputFormat(HTMLOutputFormat.INSTANCE);
    config.setLocale(Locale.ROOT);
    config.setTimeZone(TimeZone.getTimeZone("UTC"));
    config.setNumberFormat("computer");
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    config.setTemplateUpdateDelayMilliseconds(0);
  }

  public Path templatesDir() {
    return templatesDir;
  }

  /** Renders {@code templateName} with the given data model (views only). */
  public String render(String templateName, Map<String, Object> model) throws ContentException {
    try {
      Template template = config.getTemplate(templateName);
      StringWriter out = new StringWriter();
      template.process(model, out);
      return out.toString();
    } catch (TemplateNotFoundException e) {
      throw ContentException.of(Diagnostic.error(shownDir + "/" + templateName, 0, 0, "template not found", "",
          "the templates folder must hold " + templateName));
    } catch (ParseException e) {
      throw syntaxError(e);
    } catch (TemplateException e) {
      // An error in an imported or included template arrives wrapped; report it where it is.
      ParseException parse = causeOf(e, ParseException.class);
      if (parse != null) {
        throw syntaxError(parse);
      }
      TemplateException inner = innermost(e);
      String message = inner instanceof InvalidReferenceException && inner.getBlamedExpressionString() != null
          ? "'" + inner.getBlamedExpressionString() + "' is missing or null in the view"
          : compact(inner.getMessageWithoutStackTop());
      throw error(inner.getTemplateSourceName(), lineOf(inner.getLineNumber()), lineOf(inner.getColumnNumber()),
          "template error: " + message);
    } catch (IOException e) {
      throw ContentException.of(Diagnostic.error(shownDir + "/" + templateName, 0, 0,
          "cannot read template: " + e.getMessage(), "", "check that the template file is readable"));
    }
  }

  private ContentException error(String template, int line, int column, String message) {
    String name = template == null ? "?" : template;
    String text = "";
    try {
      List<String> lines = Files.readAllLines(templatesDir.resolve(name), StandardCharsets.UTF_8);
      text = line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    } catch (IOException | RuntimeException e) {
      // The message stands without the quoted line.
    }
    return ContentException.of(Diagnostic.error(shownDir + "/" + name, line, column, message, text,
        "fix the template; variables come from the view records in src/main/java/duizhao/view"));
  }

  private ContentException syntaxError(ParseException e) {
    return error(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(),
        "template syntax error: " + compact(e.getEditorMessage()));
  }

  private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static TemplateException innermost(TemplateException e) {
    TemplateException inner = e;
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof TemplateException te && te.getTemplateSourceName() != null) {
        inner = te;
      }
    }
    return inner;
  }

  private static int lineOf(Integer n) {
    return n == null ? 0 : n;
  }

  /** FreeMarker's message on one line: a list it announces with a colon is joined with commas. */
  private static String compact(String s) {
    if (s == null) {
      return "";
    }
    List<String> lines = s.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    String line = lines.isEmpty() ? "" : lines.get(0);
    int help = line.indexOf(" Help (latest version)");
    if (help > 0) {
      line = line.substring(0, help);
    }
    if (line.endsWith(":") && lines.size() > 1) {
      line = line + " " + String.join(", ", lines.subList(1, Math.min(lines.size(), 8)));
    }
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
