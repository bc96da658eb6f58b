package duizhao.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the engine behind validator.w3.org/nu) run in-process on a page's bytes, with its HTML schema
 * from the jar: nothing is fetched from the network.
 */
public final class HtmlChecker {
  private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

  private HtmlChecker() {}

  /** Everything the checker reported, errors and warnings, each as {@code line:col: kind: message}. */
  public record Report(List<String> errors, List<String> warnings) {
    @Override
    public String toString() {
      List<String> all = new ArrayList<>(errors);
      all.addAll(warnings);
      return String.join("\n", all);
    }
  }

  public static Report check(String name, byte[] html) {
    Collector collector = new Collector();
    try {
      SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
      validator.setUpMainSchema(HTML_SCHEMA, collector);
      validator.setUpValidatorAndParsers(collector, false, false);
      InputSource source = new InputSource(new ByteArrayInputStream(html));
      source.setSystemId(name);
      source.setEncoding("UTF-8");
      validator.checkHtmlInputSource(source);
    } catch (SAXException e) {
      collector.errors.add("fatal: " + e.getMessage());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (Exception e) {
      throw new IllegalStateException("the HTML checker could not be set up", e);
    }
    return new Report(List.copyOf(collector.errors), List.copyOf(collector.warnings));
  }

  private static final class Collector implements ErrorHandler {
    final List<String> errors = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    @Override
    public void warning(SAXParseException e) {
      warnings.add(format("warning", e));
    }

    @Override
    public void error(SAXParseException e) {
      errors.add(format("error", e));
    }

    @Override
    public void fatalError(SAXParseException e) {
      errors.add(format("fatal", e));
    }

    private static String format(String kind, SAXParseException e) {
      return String.format(Locale.ROOT, "%d:%d: %s: %s", e.getLineNumber(), e.getColumnNumber(), kind,
          e.getMessage());
    }
  }
}
