package duizhao.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import duizhao.diagnostic.ContentException;
import org.junit.jupiter.api.Test;

/** A character's reading outside words: the lexicon's, else ICU's Han-Latin (made on first need). */
class CharacterReadingsTest {
  @Test
  void takesTheLexiconsReadingBeforeIcus() throws ContentException {
    CharacterReadings readings = CharacterReadings.create(Lexicon.parse("test.tsv", "中\tzhong4\n"));
    assertEquals("zhong4", readings.reading('中'));
  }

  @Test
  void fallsBackToIcuForACharacterTheLexiconLacks() throws ContentException {
    CharacterReadings readings = CharacterReadings.create(Lexicon.parse("test.tsv", "中\tzhong4\n"));
    assertEquals("guo2", readings.reading('国'));
    assertEquals("lü4", readings.reading('绿'));
  }

  @Test
  void hasNoReadingForWhatIsNotChinese() throws ContentException {
    CharacterReadings readings = CharacterReadings.create(Lexicon.parse("test.tsv", "中\tzhong4\n"));
    assertNull(readings.reading('a'));
    assertNull(readings.reading('，'));
  }
}
