package duizhao.export;

import duizhao.model.EditionContent;
import duizhao.model.GlossaryEntry;
import java.util.List;

/**
 * {@code vocabulary.tsv}, a deck for Anki: one note per glossary entry (the glossary is the edition's curated
 * vocabulary; a word list from the segmenter would have no English). Columns: Chinese, pinyin, English, where it
 * occurs ({@code ¶3, ¶5}) and a stable GUID, so that importing a newer edition updates the notes instead of
 * duplicating them. File headers understood by Anki 2.1.54 and later fix the separator, turn HTML off, name the
 * columns and tag every note. Anki reads the rows as CSV with a tab delimiter, so a field that holds a tab, a quote or
 * a line break is quoted and its quotes doubled.
 */
final class VocabularyTsv {
  static final List<String> COLUMNS = List.of("Chinese", "Pinyin", "English", "Reference", "GUID");

  String of(EditionContent content) {
    References references = References.of(content);
    String edition = content.meta().id();
    StringBuilder out = new StringBuilder();
    out.append("#separator:tab\n#html:false\n");
    out.append("#tags:duizhao ").append(edition).append('\n');
    out.append("#columns:").append(String.join("\t", COLUMNS)).append('\n');
    out.append("#guid column:").append(COLUMNS.indexOf("GUID") + 1).append('\n');
    for (GlossaryEntry e : content.glossary().entries()) {
      row(out, List.of(e.zh(), content.termPinyin().getOrDefault(e.id(), e.pinyin()), e.en(),
          references.of(e.id()), guid(edition, e.id())));
    }
    return out.toString();
  }

  static String guid(String edition, String termId) {
    return "duizhao:" + edition + ":" + termId;
  }

  private static void row(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append('\t');
      }
      out.append(quoted(fields.get(i)));
    }
    out.append('\n');
  }

  static String quoted(String field) {
    if (field.chars().noneMatch(c -> c == '\t' || c == '"' || c == '\n' || c == '\r')) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
