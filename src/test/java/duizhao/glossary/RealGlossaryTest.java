package duizhao.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duizhao.article.ArticleParser;
import duizhao.markdown.Markdown;
import duizhao.model.Article;
import duizhao.model.EditionContent;
import duizhao.model.Glossary;
import duizhao.model.GlossaryEntry;
import duizhao.model.TermOccurrence;
import duizhao.testing.Project;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RealGlossaryTest {
  private final Glossary glossary;
  private final Article article;

  RealGlossaryTest() throws Exception {
    glossary = new GlossaryParser(Markdown.create()).parse("glossary.md",
        Project.read(Project.EDITION_DIR.resolve("glossary.md")));
    article = ArticleParser.parse("source.zh.txt", Project.read(Project.EDITION_DIR.resolve("source.zh.txt")), "");
  }

  @Test
  void hasAtLeastFortyFiveEntriesWithUniqueIds() {
    assertTrue(glossary.entries().size() >= 45, "entries: " + glossary.entries().size());
    Set<String> ids = new HashSet<>();
    glossary.entries().forEach(e -> assertTrue(ids.add(e.id()), "duplicate " + e.id()));
  }

  @Test
  void everyEntryMatchesTheText() {
    List<TermOccurrence> found = new GlossaryMatcher(glossary.entries()).match(EditionContent.textUnits(article));
    for (GlossaryEntry e : glossary.entries()) {
      assertTrue(found.stream().anyMatch(o -> o.termId().equals(e.id())), e.id() + " matches nothing");
    }
  }

  @Test
  void coversTheKeyTermsOfTheReadout() {
    Set<String> forms = new HashSet<>();
    glossary.entries().forEach(e -> forms.addAll(e.forms()));
    for (String key : List.of("百年未有之大变局", "中国式现代化", "中华民族伟大复兴", "国强必霸", "意识形态输出", "五根支柱",
        "相互尊重、和平共处、合作共赢", "零和思维", "管控分歧", "不折腾、不挑事、不越界", "大国责任", "人文交流", "台独", "台湾独立",
        "和平统一", "一个中国政策", "出口管制", "投资审查", "单边制裁", "新冷战", "脱钩", "打压遏制", "指导原则", "习近平", "拜登", "蔡奇",
        "王毅", "斐洛里庄园", "旧金山", "巴厘岛", "新华社", "联合国宪章", "人工智能政府间对话", "中美禁毒合作工作组", "两军高层沟通",
        "中美海上军事安全磋商机制", "COP28", "21世纪20年代强化气候行动工作组", "巴厘岛会晤")) {
      assertTrue(forms.contains(key), "glossary lacks " + key);
    }
  }

  @Test
  void termInsideTheFalseParagraphBreakIsFound() {
    List<TermOccurrence> found = new GlossaryMatcher(glossary.entries()).match(EditionContent.textUnits(article));
    assertTrue(found.stream().anyMatch(o -> o.unit().equals("p16-s2")
        && article.paragraphs().get(15).sentences().get(1).zh().substring(o.start(), o.end())
            .equals("中美海上军事安全磋商机制")));
    assertEquals("p4-s2", found.stream().filter(o -> o.termId().equals(
        glossary.entries().stream().filter(e -> e.zh().equals("意识形态输出")).findFirst().orElseThrow().id()))
        .findFirst().orElseThrow().unit());
  }
}
