package duizhao.annotate;

import duizhao.model.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Cuts Chinese text into words and gives each its pinyin. Built once (lexicon tries are built, ICU's word breaker is
 * loaded); thread-safe afterwards, so {@link #annotate} may run concurrently. Its only mutable state is bounded,
 * concurrent memories: of words already read, and of ICU's answers on whether a string is a word (and ICU's Han-Latin
 * transform, made the first time a character lacks a reading); and one ICU word iterator per thread.
 *
 * <p>The stages of one call: segmentation ({@link Segmenter}), readings from the lexicon ({@link WordReader}),
 * polyphones decided by context ({@link ContextRules}), capitals in titles ({@link BookTitles}), the spoken tones of 一
 * and 不 ({@link ToneSandhi}), and the written form with tone marks ({@link Spelling#write}).
 */
public final class Annotator {
  private final Segmenter segmenter;
  private final WordReader reader;
  private final ContextRules contextRules = new ContextRules();
  private final BookTitles bookTitles = new BookTitles();
  private final ToneSandhi toneSandhi = new ToneSandhi();

  private Annotator(Segmenter segmenter, WordReader reader) {
    this.segmenter = segmenter;
    this.reader = reader;
  }

  public static Annotator create(Lexicon lexicon) {
    CharacterReadings characters = CharacterReadings.create(lexicon);
    LexiconIndex index = new LexiconIndex(lexicon);
    return new Annotator(new Segmenter(new IcuWords(), index, characters),
        new WordReader(index, characters, ToneMarks.create()));
  }

  /**
   * The tokens of {@code text}; their texts concatenate exactly to {@code text}.
   *
   * @param extraWords terms (e.g. glossary entries such as 中美海上军事安全磋商机制) that must come out as whole tokens or
   *     as word units inside them: no token crosses the start or end of an occurrence; may be empty
   */
  public List<Token> annotate(String text, Collection<String> extraWords) {
    List<Word> words = segmenter.segment(text, extraWords == null ? List.of() : extraWords);
    int count = words.size();
    String[] texts = new String[count];
    Spelling[] spellings = new Spelling[count];
    Token[] asRead = new Token[count];
    for (int w = 0; w < count; w++) {
      Word word = words.get(w);
      if (word.isHan()) {
        WordReader.Reading reading = reader.read(text, word);
        spellings[w] = reading.spelling();
        asRead[w] = reading.token();
        texts[w] = asRead[w].text();
      } else {
        texts[w] = word.text(text);
      }
    }
    Spelling[] asReadSpellings = spellings.clone();
    contextRules.apply(text, words, spellings);
    bookTitles.apply(text, words, spellings);
    Spelling[] spoken = toneSandhi.apply(text, words, spellings);
    List<Token> tokens = new ArrayList<>(count);
    for (int w = 0; w < count; w++) {
      // Rules replace a spelling they change, so an identical spelling means the remembered token still holds.
      boolean unchanged = asRead[w] != null && spoken[w] == null && spellings[w] == asReadSpellings[w];
      tokens.add(unchanged ? asRead[w] : reader.token(texts[w], spellings[w], spoken[w]));
    }
    return tokens;
  }
}
