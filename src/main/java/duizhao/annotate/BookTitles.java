package duizhao.annotate;

import java.util.List;

/**
 * Capitalises the words of a title between 《 and 》: a title is a proper name, whose every word GB/T 16159-2012
 * writes with a capital (《联合国宪章》 Liánhéguó Xiànzhāng).
 */
final class BookTitles {
  void apply(String text, List<Word> words, Spelling[] spellings) {
    int depth = 0;
    for (int w = 0; w < words.size(); w++) {
      Word word = words.get(w);
      if (!word.isHan()) {
        for (int i = word.start(); i < word.end(); i++) {
          char c = text.charAt(i);
          depth += c == '《' ? 1 : c == '》' && depth > 0 ? -1 : 0;
        }
      } else if (depth > 0 && spellings[w] != null) {
        spellings[w] = spellings[w].capitalised();
      }
    }
  }
}
