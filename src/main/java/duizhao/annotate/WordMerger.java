package duizhao.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins what GB/T 16159-2012 writes as one word but a dictionary segmenter leaves apart: a caller's term made of
 * nothing but single characters (an unknown name), a verb with a potential complement (容得下), a word with the
 * suffixes 性 化 式 们 (战略性, 现代化), and a verb with the aspect particles 了 and 着 inside a clause (交换了意见; a
 * 了 before punctuation ends the clause and stays apart).
 */
final class WordMerger {
  private static final String SUFFIXES = "性化式们";
  private static final String ASPECT_PARTICLES = "了着";
  private static final String POTENTIAL_MARKERS = "得不";
  /** Complements of the potential form V得C / V不C: 容得下, 离不开. */
  private static final String COMPLEMENTS = "下了开起到住动完掉见懂出来去上过";
  /** Words that never take a suffix or particle, nor stand as the verb of a potential form. */
  private static final String FUNCTION_WORDS = "的地得了着过是不没也都就还又很太最更在和与及或而并把被从向对为以将同跟给这那之其所各每该本某";

  List<Word> merge(String text, Terms terms, List<Word> words) {
    List<Word> out = terms.isEmpty() ? words : mergeUnknownTerms(text, terms, words);
    out = mergePotentialForms(text, terms, out);
    return mergeSuffixesAndParticles(text, terms, out);
  }

  private static List<Word> mergeUnknownTerms(String text, Terms terms, List<Word> words) {
    List<Word> out = new ArrayList<>(words);
    for (int[] span : terms.spans()) {
      int first = indexStartingAt(out, span[0]);
      int last = indexEndingAt(out, span[1]);
      if (first < 0 || last <= first || terms.crosses(span[0], span[1])) {
        continue;
      }
      boolean allSingle = true;
      for (int i = first; i <= last; i++) {
        allSingle &= out.get(i).isSingleCharacter(text) && out.get(i).isHan();
      }
      if (allSingle) {
        out.subList(first, last + 1).clear();
        out.add(first, Word.of(span[0], span[1], Word.Kind.TERM));
      }
    }
    return out;
  }

  private static int indexStartingAt(List<Word> words, int position) {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).start() == position) {
        return i;
      }
    }
    return -1;
  }

  private static int indexEndingAt(List<Word> words, int position) {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).end() == position) {
        return i;
      }
    }
    return -1;
  }

  private static List<Word> mergePotentialForms(String text, Terms terms, List<Word> words) {
    List<Word> out = new ArrayList<>(words.size());
    int i = 0;
    while (i < words.size()) {
      if (i + 2 < words.size() && isPotentialForm(text, words.get(i), words.get(i + 1), words.get(i + 2))
          && !terms.crosses(words.get(i).start(), words.get(i + 2).end())) {
        out.add(Word.merge(Word.merge(words.get(i), words.get(i + 1), Word.Kind.MERGED), words.get(i + 2),
            Word.Kind.MERGED));
        i += 3;
      } else {
        out.add(words.get(i));
        i++;
      }
    }
    return out;
  }

  private static boolean isPotentialForm(String text, Word verb, Word marker, Word complement) {
    // The rare marker first: most triples fail there, before the long list of function words is searched.
    return marker.isSingleCharacter(text) && POTENTIAL_MARKERS.indexOf(text.charAt(marker.start())) >= 0
        && verb.isSingleCharacter(text) && complement.isSingleCharacter(text)
        && COMPLEMENTS.indexOf(text.codePointAt(complement.start())) >= 0
        && FUNCTION_WORDS.indexOf(text.codePointAt(verb.start())) < 0;
  }

  private static List<Word> mergeSuffixesAndParticles(String text, Terms terms, List<Word> words) {
    List<Word> out = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      Word previous = out.isEmpty() ? null : out.get(out.size() - 1);
      if (previous != null && !terms.isBoundary(word.start())
          && joinsPrevious(text, previous, word, i + 1 < words.size())) {
        out.set(out.size() - 1, Word.merge(previous, word, Word.Kind.MERGED));
      } else {
        out.add(word);
      }
    }
    return out;
  }

  private static boolean joinsPrevious(String text, Word previous, Word word, boolean wordFollows) {
    if (!word.isSingleCharacter(text) || previous.end() != word.start()) {
      return false;
    }
    int c = text.codePointAt(word.start());
    if (SUFFIXES.indexOf(c) >= 0) {
      return text.codePointCount(previous.start(), previous.end()) > 1 && isContentWord(text, previous);
    }
    return ASPECT_PARTICLES.indexOf(c) >= 0 && wordFollows && isContentWord(text, previous);
  }

  /** Asked only when a suffix or particle follows: searching the function words for every word cost time. */
  private static boolean isContentWord(String text, Word word) {
    return word.length() > 1 || FUNCTION_WORDS.indexOf(text.codePointAt(word.start())) < 0;
  }
}
