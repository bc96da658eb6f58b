package duizhao.annotate;

import duizhao.model.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Cuts Chinese text into words and gives each its pinyin. Built once (ICU transliterators run over the whole character
 * set, lexicon tries are built); immutable and thread-safe afterwards, so {@link #annotate} may run concurrently.
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
  private final ToneMarks toneMarks;

  private Annotator(Segmenter segmenter, WordReader reader, ToneMarks toneMarks) {
    this.segmenter = segmenter;
    this.reader = reader;
    this.toneMarks = toneMarks;
  }

  public static Annotator create(Lexicon lexicon) {
    CharacterReadings characters = CharacterReadings.create(lexicon);
    LexiconIndex index = new LexiconIndex(lexicon);
    return new Annotator(new Segmenter(new IcuWords(), index, characters), new WordReader(index, characters),
        ToneMarks.create());
  }

  /**
   * The tokens of {@code text}; their texts concatenate exactly to {@code text}.
   *
   * @param extraWords terms (e.g. glossary entries such as 中美海上军事安全磋商机制) that must come out as whole tokens or
   *     as word units inside them: no token crosses the start or end of an occurrence; may be empty
   */
  public List<Token> annotate(String text, Collection<String> extraWords) {
    List<Word> words = segmenter.segment(text, extraWords == null ? List.of() : extraWords);
    Spelling[] spellings = new Spelling[words.size()];
    for (int w = 0; w < words.size(); w++) {
      if (words.get(w).isHan()) {
        spellings[w] = reader.spell(text, words.get(w));
      }
    }
    contextRules.apply(text, words, spellings);
    bookTitles.apply(text, words, spellings);
    Spelling[] spoken = toneSandhi.apply(text, words, spellings);
    List<Token> tokens = new ArrayList<>(words.size());
    for (int w = 0; w < words.size(); w++) {
      tokens.add(token(words.get(w).text(text), spellings[w], spoken[w]));
    }
    return tokens;
  }

  /** Writes a token from a spelling; used by the overrides too. */
  Token token(String text, Spelling spelling, Spelling spoken) {
    if (spelling == null) {
      return new Token(text, "", List.of(), null, null);
    }
    return new Token(text, spelling.write(toneMarks), spelling.syllables(),
        spoken == null ? null : spoken.syllables(), spoken == null ? null : spoken.write(toneMarks));
  }
}
