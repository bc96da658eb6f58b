package duizhao.model;

import java.util.List;
import java.util.Map;

/** An edition's glossary: credits from the front matter and the entries in file order. */
public record Glossary(String file, Map<String, String> credits, List<GlossaryEntry> entries) {
  public Glossary {
    credits = Map.copyOf(credits);
    entries = List.copyOf(entries);
  }
}
