package duizhao.site;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The shape of {@code edition.json}, field for field (see README, "edition.json"). Fields may be added, never renamed.
 */
public record EditionJson(
    int formatVersion,
    Info edition,
    Title title,
    SourceLineJson sourceLine,
    Dateline dateline,
    List<ParagraphJson> paragraphs,
    List<NoteJson> notes,
    List<GlossaryEntryJson> glossary) {

  /** The edition's facts. */
  public record Info(String id, String version, Text title, String published, String meetingDate, String source,
      String sourceEn, String sourceUrl, String sourceSha256, String url, Translator translation) {}

  /** A Chinese/English pair. */
  public record Text(String zh, String en) {}

  /** Translation credits. */
  public record Translator(String translator, String version, String date, String licence) {}

  /** The headline with its words. */
  public record Title(String id, String zh, String en, List<TokenJson> tokens) {}

  /** The line under the headline. */
  public record SourceLineJson(String zh, String en, String date, String source) {}

  /** The wire-service dateline that opens paragraph 1. */
  public record Dateline(String zh, String en, List<TokenJson> tokens) {}

  /** One body paragraph. */
  public record ParagraphJson(String id, int number, Integer pillar, String pillarId, String speaker,
      List<SentenceJson> sentences) {}

  /** One sentence with its English and words. */
  public record SentenceJson(String id, String zh, String en, @JsonInclude(JsonInclude.Include.NON_NULL) String speaker,
      List<TokenJson> tokens) {}

  /** One word with its readings; spoken forms only where 一/不 change tone. */
  public record TokenJson(String text, String pinyin, List<String> readings,
      @JsonInclude(JsonInclude.Include.NON_NULL) String spokenPinyin,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<String> spokenReadings,
      @JsonInclude(JsonInclude.Include.NON_NULL) String term,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<String> terms) {}

  /** A glossary entry with every place its forms occur. */
  public record GlossaryEntryJson(String id, String zh, List<String> variants, String pinyin, String en,
      @JsonInclude(JsonInclude.Include.NON_NULL) String official, String category, List<String> related, String note,
      List<OccurrenceJson> occurrences) {}

  /** Where a term occurs: the text unit (title, dateline or sentence id), its paragraph, and char offsets. */
  public record OccurrenceJson(String unit, String paragraph, int start, int end) {}

  /** A translator's note. */
  public record NoteJson(String id, int number, String text) {}
}
