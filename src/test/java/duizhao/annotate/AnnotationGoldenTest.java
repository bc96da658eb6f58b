package duizhao.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import duizhao.model.Token;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole article as annotated, token by token (text/pinyin, and /spoken pinyin where it differs), compared with
 * src/test/resources/annotate/golden.txt. Run with -Dgolden.update=true to rewrite the file, then review the diff.
 */
class AnnotationGoldenTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "annotate", "golden.txt");

  @Test
  void annotatesTheArticleAsTheGoldenFileRecords() throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("# Tokens of the article: text/pinyin[/spoken pinyin]; punctuation and digits as they are.\n");
    out.append("# Rewrite with: mvn test -Dgolden.update=true (then review the diff).\n");
    for (Map.Entry<String, String> sentence : Article.sentences().entrySet()) {
      out.append(sentence.getKey()).append('\t');
      List<Token> tokens = Article.annotator().annotate(sentence.getValue(), List.of());
      for (int i = 0; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        out.append(i == 0 ? "" : " ").append(token.text());
        if (token.hasReading()) {
          out.append('/').append(token.pinyin().replace(' ', '_'));
        }
        if (token.spokenPinyin() != null) {
          out.append('/').append(token.spokenPinyin().replace(' ', '_'));
        }
      }
      out.append('\n');
    }
    if ("true".equals(System.getProperty("golden.update"))) {
      Files.writeString(GOLDEN, out.toString(), StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), out.toString());
  }
}
