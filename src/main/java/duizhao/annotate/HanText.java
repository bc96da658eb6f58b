package duizhao.annotate;

/** What counts as a Chinese character for this stage. */
final class HanText {
  private HanText() {}

  static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }
}
