package duizhao.annotate;

import duizhao.diagnostic.ContentException;
import duizhao.diagnostic.Diagnostic;
import duizhao.diagnostic.Diagnostics;
import duizhao.model.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An article's corrections of the automatic pinyin ({@code overrides.tsv} beside its source): the readings of a word
 * in one sentence that the annotator gets wrong and no general rule or lexicon entry should change.
 *
 * <p>Format: UTF-8, one correction a line, {@code sentence<TAB>word<TAB>pinyin<TAB>reason}; {@code #} starts a
 * comment line. {@code sentence} is the sentence id ({@code p13-s3}); {@code word} is the text of one token as the
 * annotator cut it, optionally with {@code #n} for its n-th occurrence in the sentence (else every occurrence);
 * {@code pinyin} is the numbered notation of the lexicon ({@code di4fang5}, {@code Xi2 Jin4ping2}); the reason is
 * required. A line whose word is not a token of its sentence is an error: the annotation has changed, and the line
 * must be checked again or deleted.
 *
 * <p>Thread-safe: {@link #apply} may run for several sentences at once.
 */
public final class Overrides {
  private static final String HINT = "write sentence<TAB>word<TAB>pinyin<TAB>reason, e.g. "
      + "p13-s3\t地方#2\tdi4fang5\tthe place, not 'local'";

  /** One line of the file. */
  private record Correction(int line, String lineText, String sentence, String word, int occurrence,
      Spelling spelling) {}

  private final String file;
  private final List<Correction> corrections;
  private final ToneMarks marks;
  private final ToneSandhi toneSandhi = new ToneSandhi();
  private final Set<Integer> handledLines = ConcurrentHashMap.newKeySet();

  private Overrides(String file, List<Correction> corrections, ToneMarks marks) {
    this.file = file;
    this.corrections = corrections;
    this.marks = marks;
  }

  /**
   * Parses an overrides file.
   *
   * @param file the name to report in messages
   * @throws ContentException listing every malformed line
   */
  public static Overrides parse(String file, String text) throws ContentException {
    Diagnostics problems = new Diagnostics();
    List<Correction> corrections = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Correction correction = correction(file, line, i + 1, problems);
      if (correction == null) {
        continue;
      }
      String key = correction.sentence() + "\t" + correction.word() + "#" + correction.occurrence();
      Integer earlier = seen.putIfAbsent(key, i + 1);
      if (earlier != null) {
        problems.add(Diagnostic.error(file, i + 1, 1, "the same correction as on line " + earlier, line,
            "keep one line per word and place"));
        continue;
      }
      corrections.add(correction);
    }
    problems.throwIfErrors();
    return new Overrides(file, List.copyOf(corrections), ToneMarks.create());
  }

  private static Correction correction(String file, String line, int lineNumber, Diagnostics problems) {
    String[] fields = line.split("\t", -1);
    if (fields.length != 4 || fields[3].isBlank()) {
      problems.add(Diagnostic.error(file, lineNumber, 1,
          "expected 4 tab-separated fields with a reason, found " + fields.length, line, HINT));
      return null;
    }
    int wordColumn = fields[0].codePointCount(0, fields[0].length()) + 2;
    String word = fields[1];
    int occurrence = 0;
    int hash = word.indexOf('#');
    if (hash >= 0) {
      String number = word.substring(hash + 1);
      word = word.substring(0, hash);
      occurrence = number.matches("[1-9][0-9]{0,3}") ? Integer.parseInt(number) : -1;
    }
    if (word.isEmpty() || occurrence < 0) {
      problems.add(Diagnostic.error(file, lineNumber, wordColumn, "expected a word, optionally with #n (n ≥ 1)",
          line, HINT));
      return null;
    }
    int pinyinColumn = wordColumn + fields[1].codePointCount(0, fields[1].length()) + 1;
    Spelling spelling;
    try {
      spelling = Spelling.parse(fields[2]);
    } catch (IllegalArgumentException e) {
      problems.add(Diagnostic.error(file, lineNumber, pinyinColumn, e.getMessage(), line, HINT));
      return null;
    }
    long han = word.codePoints().filter(HanText::isHan).count();
    if (spelling.size() != han) {
      problems.add(Diagnostic.error(file, lineNumber, pinyinColumn,
          spelling.size() + " syllables for the " + han + " Chinese characters of " + word, line,
          "give one tone-numbered syllable per character"));
      return null;
    }
    return new Correction(lineNumber, line, fields[0], word, occurrence, spelling);
  }

  /**
   * Applies the corrections for one sentence.
   *
   * @param tokens the annotator's tokens of {@code sentenceText}
   * @param problems receives an error for each correction of this sentence whose word is not one of its tokens
   * @return the tokens with corrected readings, written forms and spoken tones
   */
  public List<Token> apply(String sentenceId, String sentenceText, List<Token> tokens, Diagnostics problems) {
    List<Correction> here = corrections.stream().filter(c -> c.sentence().equals(sentenceId)).toList();
    if (here.isEmpty()) {
      return tokens;
    }
    StringBuilder joined = new StringBuilder();
    tokens.forEach(t -> joined.append(t.text()));
    if (!joined.toString().equals(sentenceText)) {
      throw new IllegalArgumentException("the tokens of " + sentenceId + " do not spell its text");
    }
    Spelling[] spellings = spellings(tokens);
    for (Correction correction : here) {
      handledLines.add(correction.line());
      int seen = 0;
      boolean found = false;
      for (int t = 0; t < tokens.size(); t++) {
        if (tokens.get(t).text().equals(correction.word())) {
          seen++;
          if (correction.occurrence() == 0 || correction.occurrence() == seen) {
            spellings[t] = correction.spelling();
            found = true;
          }
        }
      }
      if (!found) {
        problems.add(Diagnostic.error(file, correction.line(), 1,
            "no token " + correction.word() + (correction.occurrence() > 0 ? "#" + correction.occurrence() : "")
                + " in sentence " + sentenceId,
            correction.lineText(), "the sentence is now cut as: " + cut(tokens)));
      }
    }
    return tokens(sentenceText, tokens, spellings);
  }

  /** Reports every correction whose sentence never came to {@link #apply}: it names no sentence of the article. */
  public void reportUnused(Diagnostics problems) {
    for (Correction correction : corrections) {
      if (!handledLines.contains(correction.line())) {
        problems.add(Diagnostic.error(file, correction.line(), 1,
            "no sentence " + correction.sentence() + " received this correction of " + correction.word(),
            correction.lineText(), "sentence ids look like p13-s3; check the id or delete the line"));
      }
    }
  }

  public int size() {
    return corrections.size();
  }

  private Spelling[] spellings(List<Token> tokens) {
    Spelling[] spellings = new Spelling[tokens.size()];
    for (int t = 0; t < tokens.size(); t++) {
      Token token = tokens.get(t);
      if (token.hasReading()) {
        spellings[t] = Spelling.ofWritten(token.pinyin(), token.readings(), marks);
      }
    }
    return spellings;
  }

  private List<Token> tokens(String text, List<Token> tokens, Spelling[] spellings) {
    List<Word> words = new ArrayList<>(tokens.size());
    int at = 0;
    for (int t = 0; t < tokens.size(); t++) {
      int end = at + tokens.get(t).text().length();
      words.add(Word.of(at, end, spellings[t] == null ? Word.Kind.SYMBOL : Word.Kind.LEXICON));
      at = end;
    }
    Spelling[] spoken = toneSandhi.apply(text, words, spellings);
    List<Token> corrected = new ArrayList<>(tokens.size());
    for (int t = 0; t < tokens.size(); t++) {
      Token token = tokens.get(t);
      if (spellings[t] == null) {
        corrected.add(token);
      } else {
        corrected.add(new Token(token.text(), spellings[t].write(marks), spellings[t].syllables(),
            spoken[t] == null ? null : spoken[t].syllables(), spoken[t] == null ? null : spoken[t].write(marks)));
      }
    }
    return corrected;
  }

  private static String cut(List<Token> tokens) {
    StringBuilder out = new StringBuilder();
    for (Token token : tokens) {
      if (token.hasReading()) {
        out.append(out.length() > 0 ? " " : "").append(token.text());
      }
    }
    return out.toString();
  }
}
