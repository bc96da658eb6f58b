package duizhao.article;

import duizhao.model.SourceLocation;
import java.util.Arrays;

/**
 * Text assembled from source lines that remembers, for every char, the line and column it came from, so a sentence
 * or a repair found in the joined text can still be reported at its place in the file.
 */
final class PositionedText {
  private final String file;
  private final StringBuilder text = new StringBuilder();
  private int[] lines = new int[64];
  private int[] columns = new int[64];

  PositionedText(String file) {
    this.file = file;
  }

  void append(SourceBlock block) {
    block.lines().forEach(l -> append(l.text(), l.line(), l.column()));
  }

  void append(String chunk, int line, int column) {
    int col = column;
    for (int i = 0; i < chunk.length(); i++) {
      ensureCapacity(text.length() + 1);
      lines[text.length()] = line;
      columns[text.length()] = col;
      text.append(chunk.charAt(i));
      if (!Character.isHighSurrogate(chunk.charAt(i))) {
        col++;
      }
    }
  }

  void append(PositionedText other) {
    for (int i = 0; i < other.length(); i++) {
      ensureCapacity(text.length() + 1);
      lines[text.length()] = other.lines[i];
      columns[text.length()] = other.columns[i];
      text.append(other.text.charAt(i));
    }
  }

  PositionedText slice(int from, int to) {
    PositionedText out = new PositionedText(file);
    for (int i = from; i < to; i++) {
      out.ensureCapacity(out.text.length() + 1);
      out.lines[out.text.length()] = lines[i];
      out.columns[out.text.length()] = columns[i];
      out.text.append(text.charAt(i));
    }
    return out;
  }

  /** A copy without the chars at the given indices (sorted ascending). */
  PositionedText without(int[] indices) {
    PositionedText out = new PositionedText(file);
    int next = 0;
    for (int i = 0; i < text.length(); i++) {
      if (next < indices.length && indices[next] == i) {
        next++;
        continue;
      }
      out.append(String.valueOf(text.charAt(i)), lines[i], columns[i]);
    }
    return out;
  }

  SourceLocation locationAt(int index) {
    if (text.length() == 0) {
      return SourceLocation.ofFile(file);
    }
    int i = Math.min(index, text.length() - 1);
    return new SourceLocation(file, lines[i], columns[i]);
  }

  int length() {
    return text.length();
  }

  char charAt(int index) {
    return text.charAt(index);
  }

  String file() {
    return file;
  }

  @Override
  public String toString() {
    return text.toString();
  }

  private void ensureCapacity(int size) {
    if (size > lines.length) {
      lines = Arrays.copyOf(lines, Math.max(size, lines.length * 2));
      columns = Arrays.copyOf(columns, Math.max(size, columns.length * 2));
    }
  }
}
