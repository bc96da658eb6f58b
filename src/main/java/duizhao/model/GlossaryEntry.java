package duizhao.model;

import java.util.List;

/**
 * One glossary entry.
 *
 * @param id stable anchor, {@code term-…}, chosen by the editor and never derived from a translation
 * @param forms the Chinese form first, then variants; every form is matched in the text
 * @param official the official English rendering with whose it is, or empty
 * @param pinyin an editor's pinyin for the entry, or empty to use the annotation's
 * @param noteMarkdown one to three sentences of context, Markdown
 */
public record GlossaryEntry(
    String id,
    List<String> forms,
    String en,
    String official,
    String category,
    List<String> related,
    String pinyin,
    String noteMarkdown,
    SourceLocation location) {
  public GlossaryEntry {
    forms = List.copyOf(forms);
    related = List.copyOf(related);
  }

  public String zh() {
    return forms.get(0);
  }
}
