package duizhao.export;

import duizhao.markdown.Markdown;
import duizhao.model.EditionContent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data files published beside each edition's page and {@code edition.json} (see docs/DATA.md): the JSON Schema of
 * edition.json, the sentence table, the plain parallel text, the glossary as a spreadsheet and the vocabulary deck.
 */
public final class Exports {
  /** The file names, in the order the page lists them after edition.json. */
  public static final List<String> FILES =
      List.of("edition.schema.json", "edition.tsv", "edition.txt", "glossary.csv", "vocabulary.tsv");

  private final byte[] schema = schema();
  private final Markdown markdown;
  private final EditionTsv editionTsv = new EditionTsv();
  private final EditionText editionText = new EditionText();
  private final GlossaryCsv glossaryCsv = new GlossaryCsv();
  private final VocabularyTsv vocabularyTsv = new VocabularyTsv();

  public Exports(Markdown markdown) {
    this.markdown = markdown;
  }

  /** Each data file of the edition by its name, relative to the edition's folder. */
  public Map<String, byte[]> files(EditionContent content) {
    PlainText plain = new PlainText(markdown);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("edition.schema.json", schema);
    files.put("edition.tsv", utf8(editionTsv.of(content, plain)));
    files.put("edition.txt", utf8(editionText.of(content, plain)));
    files.put("glossary.csv", glossaryCsv.of(content, plain));
    files.put("vocabulary.tsv", utf8(vocabularyTsv.of(content)));
    return files;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] schema() {
    try (InputStream in = Exports.class.getResourceAsStream("edition.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("edition.schema.json is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("edition.schema.json cannot be read from the jar", e);
    }
  }
}
