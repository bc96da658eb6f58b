package duizhao.annotate;

import duizhao.diagnostic.Diagnostics;
import duizhao.diagnostic.ContentException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Words with their readings and written forms: HanLP's pinyin data (bundled, readings only) overlaid by our own
 * lexicon files from {@code content/lexicon/} (curated: corrections, missing words, proper names, and the words the
 * segmenter must keep whole). Immutable.
 */
public final class Lexicon {
  private final Map<String, LexiconEntry> entries;

  private Lexicon(Map<String, LexiconEntry> entries) {
    this.entries = Collections.unmodifiableMap(entries);
  }

  /**
   * Parses one of our lexicon files ({@code word<TAB>pinyin<TAB>note} lines, see docs/ANNOTATION.md).
   *
   * @param file the name to report in messages, e.g. {@code content/lexicon/general.tsv}
   * @throws ContentException listing every malformed line
   */
  public static Lexicon parse(String file, String text) throws ContentException {
    Diagnostics problems = new Diagnostics();
    Map<String, LexiconEntry> entries = LexiconFile.read(file, text, problems);
    problems.throwIfErrors();
    return new Lexicon(new HashMap<>(entries));
  }

  /** HanLP's pinyin data from the classpath, without any of our files. */
  public static Lexicon bundled() {
    return new Lexicon(BundledPinyinData.read());
  }

  /** The layers in order; an entry of a later layer replaces the same word of an earlier one. */
  public static Lexicon merge(List<Lexicon> layers) {
    Map<String, LexiconEntry> merged = new HashMap<>();
    for (Lexicon layer : layers) {
      merged.putAll(layer.entries);
    }
    return new Lexicon(merged);
  }

  /**
   * The lexicon the build uses: the bundled data overlaid by our files, read in the order of their names.
   *
   * @param files file name → text, as the content reader found them
   * @throws ContentException listing the malformed lines of all files
   */
  public static Lexicon standard(Map<String, String> files) throws ContentException {
    Diagnostics problems = new Diagnostics();
    List<Lexicon> layers = new ArrayList<>();
    layers.add(bundled());
    for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
      layers.add(new Lexicon(new HashMap<>(LexiconFile.read(file.getKey(), file.getValue(), problems))));
    }
    problems.throwIfErrors();
    return merge(layers);
  }

  public int size() {
    return entries.size();
  }

  LexiconEntry entry(String word) {
    return entries.get(word);
  }

  Collection<LexiconEntry> entries() {
    return entries.values();
  }
}
