package duizhao.source;

import duizhao.diagnostic.ContentException;
import duizhao.diagnostic.Diagnostic;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns a content file's bytes into text: strict UTF-8 (a wrong byte is an error, never a replacement character),
 * without a byte-order mark, with LF line endings whatever the file used (CRLF, CR). Line numbers are unchanged by
 * the normalisation, so diagnostics point at the lines an editor sees.
 */
public final class SourceDecoder {
  private static final String UTF8_HINT = "save the file as UTF-8 (for GB18030/GBK text: iconv -f GB18030 -t UTF-8)";

  private SourceDecoder() {}

  public static String decode(String file, byte[] bytes) throws ContentException {
    int start = hasBom(bytes) ? 3 : 0;
    rejectBinary(file, bytes, start);
    String text = decodeStrictly(file, bytes, start);
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static boolean hasBom(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
  }

  /** NUL and most C0 controls never occur in text; a file with them is an image, an archive or a wrong export. */
  private static void rejectBinary(String file, byte[] bytes, int start) throws ContentException {
    for (int i = start; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        int[] lineCol = lineAndColumn(bytes, start, i);
        throw ContentException.of(Diagnostic.error(file, lineCol[0], lineCol[1],
            String.format(Locale.ROOT, "the file is binary, not text (control byte 0x%02X)", b),
            lineAt(bytes, start, i),
            "content files are UTF-8 text; check that the right file was copied here"));
      }
    }
  }

  private static String decodeStrictly(String file, byte[] bytes, int start) throws ContentException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      int[] lineCol = lineAndColumn(bytes, start, at);
      StringBuilder shown = new StringBuilder();
      int to = Math.min(bytes.length, at + result.length() + 1);
      for (int i = at; i < to; i++) {
        shown.append(String.format(Locale.ROOT, " 0x%02X", bytes[i] & 0xFF));
      }
      String what = to - at == 1 ? "byte" + shown + " does" : "bytes" + shown + " do";
      throw ContentException.of(Diagnostic.error(file, lineCol[0], lineCol[1],
          "the file is not valid UTF-8 (" + what + " not form a UTF-8 character)", lineAt(bytes, start, at),
          UTF8_HINT));
    }
    try {
      CoderResult flushed = decoder.flush(out);
      if (flushed.isError()) {
        flushed.throwException();
      }
    } catch (CharacterCodingException e) {
      throw ContentException.of(Diagnostic.error(file, 0, 0, "the file is not valid UTF-8", "", UTF8_HINT));
    }
    out.flip();
    return out.toString();
  }

  /**
   * The line holding a byte offset, for the message: what precedes the offending byte, which is shown as U+FFFD so
   * that the caret under the column lands on it. The rest of the line cannot be shown faithfully.
   */
  private static String lineAt(byte[] bytes, int start, int offset) {
    int from = offset;
    while (from > start && bytes[from - 1] != '\n' && bytes[from - 1] != '\r') {
      from--;
    }
    StringBuilder line = new StringBuilder();
    new String(bytes, from, offset - from, StandardCharsets.UTF_8).codePoints()
        .map(cp -> Character.isISOControl(cp) && cp != '\t' ? 0xFFFD : cp)
        .forEach(line::appendCodePoint);
    return line.append('\uFFFD').toString();
  }

  /** 1-based line and column (in characters) of a byte offset; the column counts UTF-8 lead bytes before it. */
  private static int[] lineAndColumn(byte[] bytes, int start, int offset) {
    int line = 1;
    int column = 1;
    for (int i = start; i < offset; i++) {
      int b = bytes[i] & 0xFF;
      if (b == '\n' || (b == '\r' && (i + 1 >= offset || bytes[i + 1] != '\n'))) {
        line++;
        column = 1;
      } else if ((b & 0xC0) != 0x80 && b != '\r') {
        column++;
      }
    }
    return new int[] {line, column};
  }
}
