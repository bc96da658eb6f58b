package duizhao.article;

import java.util.List;

/** A run of non-blank lines between blank lines: a paragraph as the file shows it, before repair. */
record SourceBlock(List<SourceLineText> lines) {
  SourceBlock {
    lines = List.copyOf(lines);
  }

  int firstLine() {
    return lines.get(0).line();
  }

  int lastLine() {
    return lines.get(lines.size() - 1).line();
  }

  /** One trimmed line and where its first kept character stood. */
  record SourceLineText(int line, int column, String text) {}
}
