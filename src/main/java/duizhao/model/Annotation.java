package duizhao.model;

import java.util.List;
import java.util.Map;

/**
 * The words and readings of an edition's Chinese, from the annotation stage.
 *
 * @param sentences tokens by sentence id ({@code p3-s1}); each list concatenates back to the sentence
 */
public record Annotation(List<Token> title, List<Token> dateline, Map<String, List<Token>> sentences) {
  public Annotation {
    title = List.copyOf(title);
    dateline = List.copyOf(dateline);
    sentences = Map.copyOf(sentences);
  }
}
