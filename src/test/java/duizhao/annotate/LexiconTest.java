package duizhao.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import duizhao.diagnostic.ContentException;
import duizhao.diagnostic.Diagnostic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Our lexicon files and the bundled HanLP data. */
class LexiconTest {
  private static final String FILE = "content/lexicon/test.tsv";

  @Test
  void readsEntriesWithCommentsBlankLinesCrlfAndABom() throws ContentException {
    Lexicon lexicon = Lexicon.parse(FILE, "\uFEFF# comment\r\n\r\n折腾\tzhe1teng5\t现代汉语词典\r\n习近平\tXi2 Jin4ping2\r\n");
    assertEquals(2, lexicon.size());
    assertEquals("zhe1teng5", lexicon.entry("折腾").spelling().notation());
    assertEquals("Xi2 Jin4ping2", lexicon.entry("习近平").spelling().notation());
    assertEquals(FILE + ":3", lexicon.entry("折腾").origin());
  }

  @Test
  void acceptsVForÜ() throws ContentException {
    assertEquals(List.of("lü3", "you2"), Lexicon.parse(FILE, "旅游\tlv3you2\n").entry("旅游").spelling().syllables());
  }

  @Test
  void reportsAWrongNumberOfFields() {
    assertEquals(FILE + ":2:1: error: expected 2 or 3 tab-separated fields, found 4",
        firstError("# c\n折腾\tzhe1teng5\tnote\textra\n"));
  }

  @Test
  void reportsAWordThatIsNotChinese() {
    assertEquals(FILE + ":1:1: error: the word must be Chinese characters only: 'ab'", firstError("ab\ta1b2\n"));
  }

  @Test
  void reportsTooFewSyllablesAtThePinyinColumn() {
    assertEquals(FILE + ":1:4: error: 1 syllables for the 2 characters of 折腾", firstError("折腾\tzhe1\n"));
  }

  @Test
  void reportsSomethingThatIsNoPinyinSyllable() {
    assertEquals(FILE + ":1:4: error: 'tengx5' is not a pinyin syllable", firstError("折腾\tzhe1tengx5\n"));
  }

  @Test
  void reportsASyllableWithoutTone() {
    assertEquals(FILE + ":1:4: error: 'teng' has no tone number (5 is the neutral tone)",
        firstError("折腾\tzhe1teng\n"));
  }

  @Test
  void reportsAWordDefinedTwice() {
    assertEquals(FILE + ":2:1: error: 折腾 is already defined at " + FILE + ":1",
        firstError("折腾\tzhe1teng5\n折腾\tzhe1teng2\n"));
  }

  @Test
  void reportsEveryMalformedLineAtOnce() {
    ContentException thrown = assertThrows(ContentException.class,
        () -> Lexicon.parse(FILE, "ab\tx1\n折腾\tzhe1\n好\thao3\n"));
    assertEquals(2, thrown.diagnostics().size());
  }

  @Test
  void bundlesHanlpsPinyinData() {
    Lexicon bundled = Lexicon.bundled();
    assertTrue(bundled.size() > 30_000, "size " + bundled.size());
    assertEquals(List.of("chong2", "shen1"), bundled.entry("重申").spelling().syllables());
  }

  @Test
  void putsTheBundledSandhiFormsOfYiAndBuBackToCitationTones() {
    Lexicon bundled = Lexicon.bundled();
    assertEquals(List.of("yi1", "si1", "bu4", "cha1"), bundled.entry("一丝不差").spelling().syllables());
    assertEquals(List.of("bu4", "qie4", "shi2", "ji4"), bundled.entry("不切实际").spelling().syllables());
  }

  @Test
  void letsOurFilesCorrectTheBundledData() throws ContentException {
    assertEquals(List.of("zhe1", "teng2"), Lexicon.bundled().entry("折腾").spelling().syllables());
    Lexicon standard = Lexicon.standard(Map.of("b.tsv", "折腾\tzhe1teng5\n"));
    assertEquals(List.of("zhe1", "teng5"), standard.entry("折腾").spelling().syllables());
    assertTrue(standard.entry("折腾").curated());
    assertTrue(!standard.entry("重申").curated());
  }

  @Test
  void readsOurFilesInNameOrderSoThatALaterFileWins() throws ContentException {
    Lexicon standard = Lexicon.standard(Map.of("b.tsv", "地方\tdi4fang1\n", "a.tsv", "地方\tdi4fang5\n"));
    assertEquals("di4fang1", standard.entry("地方").spelling().notation());
  }

  @Test
  void mergesLayersWithTheLaterOneWinning() throws ContentException {
    Lexicon first = Lexicon.parse("a.tsv", "地方\tdi4fang5\n好\thao3\n");
    Lexicon second = Lexicon.parse("b.tsv", "地方\tdi4fang1\n");
    Lexicon merged = Lexicon.merge(List.of(first, second));
    assertEquals("di4fang1", merged.entry("地方").spelling().notation());
    assertEquals(2, merged.size());
  }

  @Test
  void parsesTheProjectsLexiconFiles() {
    assertTrue(Article.lexicon().entry("斐洛里").curated());
    assertEquals("Fei3luo4li3", Article.lexicon().entry("斐洛里").spelling().notation());
  }

  private static String firstError(String text) {
    ContentException thrown = assertThrows(ContentException.class, () -> Lexicon.parse(FILE, text));
    Diagnostic first = thrown.diagnostics().get(0);
    return first.headline();
  }
}
