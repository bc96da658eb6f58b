package duizhao.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duizhao.diagnostic.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeMarkupTest {
  private final Markdown markdown = Markdown.create();

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      a <em>b</em> <strong>c</strong> <i>d</i> <b>e</b> H<sub>2</sub>O x<sup>2</sup> <code>f</code> | a <em>b</em> <strong>c</strong> <i>d</i> <b>e</b> H<sub>2</sub>O x<sup>2</sup> <code>f</code>
      the <abbr title="Communist Party of China">CPC</abbr>          | the <abbr title="Communist Party of China">CPC</abbr>
      <span lang="zh-Hans">中国</span> and <span lang=en>China</span> | <span lang="zh-Hans">中国</span> and <span lang="en">China</span>
      one<br>two<br/>three                                          | one<br>two<br>three
      <EM>loud</EM>                                                 | <em>loud</em>
      <abbr title='a &amp; b "c"'>x</abbr>                          | <abbr title="a &amp; b &quot;c&quot;">x</abbr>
      [Xinhua](https://www.news.cn/) and [note](#note-1)            | <a href="https://www.news.cn/">Xinhua</a> and <a href="#note-1">note</a>
      [write](mailto:editors@example.org)                           | <a href="mailto:editors@example.org">write</a>
      """)
  void keepsTheAllowedSubset(String markdownText, String html) {
    assertEquals(html, markdown.renderInline(markdownText));
    assertEquals(List.of(), warnings(markdownText));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      x <img src=x onerror=alert(1)> y                | x &lt;img src=x onerror=alert(1)&gt; y
      x <em onclick="alert(1)">y</em>                 | x &lt;em onclick=&quot;alert(1)&quot;&gt;y&lt;/em&gt;
      x <span lang="en" style="color:red">y</span>    | x &lt;span lang=&quot;en&quot; style=&quot;color:red&quot;&gt;y&lt;/span&gt;
      x <span lang="javascript:alert(1)">y</span>     | x &lt;span lang=&quot;javascript:alert(1)&quot;&gt;y&lt;/span&gt;
      x <em>never closed                              | x &lt;em&gt;never closed
      x </em> closes nothing                          | x &lt;/em&gt; closes nothing
      *a <b>c* d</b>                                  | <em>a &lt;b&gt;c</em> d&lt;/b&gt;
      [x](javascript:alert(1))                        | x
      [x](JaVaScRiPt:alert(1))                        | x
      [x](jav&#x09;ascript:alert(1))                  | x
      [x](&#106;avascript:alert(1))                   | x
      [x](data:text/html;base64,PHNjcmlwdD4=)         | x
      [x](vbscript:msgbox(1))                         | x
      [x](javascript&colon;alert(1))                  | x
      <javascript:alert(1)>                           | javascript:alert(1)
      ![a picture](https://example.org/x.png)         | a picture
      x <!-- hidden --> y                             | x  y
      """)
  void showsEverythingElseAsTextOrDropsTheTarget(String markdownText, String html) {
    assertEquals(html, markdown.renderInline(markdownText));
    assertFalse(markdownText.contains("<!--") != warnings(markdownText).isEmpty(), "warned: " + markdownText);
  }

  @Test
  void escapesHtmlBlocksWholeAndWarnsAtTheirLine() {
    String text = "Intro.\n\n<script>alert(1)</script>\n\n<div onclick=alert(1)>x</div>\n";
    assertEquals("<p>Intro.</p>\n<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"
        + "<p>&lt;div onclick=alert(1)&gt;x&lt;/div&gt;</p>\n", markdown.render(markdown.parse("f.md", text).document()));
    assertEquals(List.of(
        "f.md:3:1: warning: raw HTML block <script>alert(1)</script> is not allowed: it is shown as text",
        "f.md:5:1: warning: raw HTML block <div onclick=alert(1)>x</div> is not allowed: it is shown as text"),
        warnings(text).stream().map(Diagnostic::headline).toList());
  }

  @Test
  void warnsWithLineColumnAndHint() {
    Diagnostic d = markdown.unsafeMarkup(markdown.parse("t.md", "# p1\n\nThe <img src=x onerror=alert(1)> end.\n"))
        .get(0);
    assertEquals("""
        t.md:3:5: warning: raw HTML <img src=x onerror=alert(1)> is not allowed: it is shown as text
          The <img src=x onerror=alert…
              ^
        hint: allowed HTML: em, strong, i, b, sub, sup, code, abbr title=…, span lang=…, br; write links and \
        emphasis in Markdown (docs/MARKUP.md)""", d.format());
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.org/", "http://example.org", "mailto:a@b.org", "#p12", "edition.json",
      "../index.html", "/x/y", "?q=a:b", "page.html#a:b", "//example.org/x"})
  void safeUrls(String url) {
    assertTrue(HtmlPolicy.isSafeUrl(url), url);
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", " javascript:alert(1)", "JAVASCRIPT:alert(1)", "java\tscript:x",
      "java\nscript:x", "java\u0000script:x", "javascript&#58;alert(1)", "&#x6A;avascript:x", "javascript&colon;x",
      "data:text/html,x", "vbscript:x", "file:///etc/passwd", "jav\u200Bascript:x", "\u0001javascript:x",
      "java%0ascript:x", "x:y", "\\\\evil\\x"})
  void unsafeUrls(String url) {
    assertFalse(HtmlPolicy.isSafeUrl(url), url);
  }

  private List<Diagnostic> warnings(String text) {
    return markdown.unsafeMarkup(markdown.parse("f.md", text));
  }
}
