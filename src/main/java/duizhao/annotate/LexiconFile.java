package duizhao.annotate;

import duizhao.diagnostic.Diagnostic;
import duizhao.diagnostic.Diagnostics;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads one of our lexicon files: UTF-8 text, one entry a line, {@code word<TAB>pinyin<TAB>note}; {@code #} starts a
 * comment line. The pinyin is the numbered notation of {@link Spelling}; the note says where the reading comes from.
 */
final class LexiconFile {
  private static final String HINT = "write word<TAB>pinyin<TAB>note, e.g. 折腾\tzhe1teng5\t现代汉语词典 zhē·teng";

  private final String file;
  private final Diagnostics problems;

  private LexiconFile(String file, Diagnostics problems) {
    this.file = file;
    this.problems = problems;
  }

  static Map<String, LexiconEntry> read(String file, String text, Diagnostics problems) {
    return new LexiconFile(file, problems).entries(text);
  }

  private Map<String, LexiconEntry> entries(String text) {
    Map<String, LexiconEntry> entries = new LinkedHashMap<>();
    String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      LexiconEntry entry = entry(line, i + 1);
      if (entry == null) {
        continue;
      }
      LexiconEntry earlier = entries.putIfAbsent(entry.word(), entry);
      if (earlier != null) {
        problems.add(Diagnostic.error(file, i + 1, 1, entry.word() + " is already defined at " + earlier.origin(),
            line, "keep one line per word"));
      }
    }
    return entries;
  }

  private LexiconEntry entry(String line, int lineNumber) {
    String[] fields = line.split("\t", -1);
    if (fields.length < 2 || fields.length > 3) {
      problems.add(Diagnostic.error(file, lineNumber, 1,
          "expected 2 or 3 tab-separated fields, found " + fields.length, line, HINT));
      return null;
    }
    String word = fields[0];
    if (word.isEmpty() || !word.codePoints().allMatch(HanText::isHan)) {
      problems.add(Diagnostic.error(file, lineNumber, 1, "the word must be Chinese characters only: '" + word + "'",
          line, HINT));
      return null;
    }
    int pinyinColumn = word.codePointCount(0, word.length()) + 2;
    Spelling spelling;
    try {
      spelling = Spelling.parse(fields[1]);
    } catch (IllegalArgumentException e) {
      problems.add(Diagnostic.error(file, lineNumber, pinyinColumn, e.getMessage(), line, HINT));
      return null;
    }
    int characters = word.codePointCount(0, word.length());
    if (spelling.size() != characters) {
      problems.add(Diagnostic.error(file, lineNumber, pinyinColumn,
          spelling.size() + " syllables for the " + characters + " characters of " + word, line,
          "give one tone-numbered syllable per character"));
      return null;
    }
    return new LexiconEntry(word, spelling, true, file + ":" + lineNumber);
  }
}
