package duizhao.browser;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Just enough of PDF to read back what Chromium printed: pages in order, and the text on each through the fonts'
 * ToUnicode maps. Handles what Skia writes (indirect objects, Flate streams, Type0 fonts with two-byte codes); not a
 * general PDF reader.
 */
final class PdfText {
  private static final Pattern OBJECT = Pattern.compile("(\\d+) 0 obj\\b(.*?)endobj", Pattern.DOTALL);
  private static final Pattern REF = Pattern.compile("(\\d+) 0 R");
  private static final Pattern TEXT_TOKEN =
      Pattern.compile("/([A-Za-z0-9_.+-]+)\\s+[\\d.]+\\s+Tf|<([0-9A-Fa-f\\s]*)>|\\((?:\\\\.|[^\\\\)])*\\)|\\bBT\\b|\\bT[dD*]\\b|\\bTJ\\b");

  /** Key under which a font's map keeps the number of hex digits per code. */
  private static final int CODE_DIGITS = -1;

  private final Map<Integer, String> dicts = new HashMap<>();
  private final Map<Integer, byte[]> streams = new HashMap<>();
  private final List<String> pages = new ArrayList<>();

  private PdfText(byte[] pdf) {
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    Matcher m = OBJECT.matcher(text);
    while (m.find()) {
      int id = Integer.parseInt(m.group(1));
      String body = m.group(2);
      int stream = body.indexOf("stream");
      if (stream >= 0 && !body.substring(0, stream).contains("endstream")) {
        dicts.put(id, body.substring(0, stream));
        int start = stream + "stream".length();
        start += body.charAt(start) == '\r' ? 2 : 1;
        int end = body.lastIndexOf("endstream");
        byte[] raw = body.substring(start, end).getBytes(StandardCharsets.ISO_8859_1);
        streams.put(id, body.substring(0, stream).contains("/FlateDecode") ? inflate(raw) : raw);
      } else {
        dicts.put(id, body);
      }
    }
    int root = ref(text.substring(text.lastIndexOf("trailer")), "/Root");
    collectPages(ref(dicts.get(root), "/Pages"));
  }

  /** The text of each page, in page order. */
  static List<String> pages(byte[] pdf) {
    return new PdfText(pdf).pages;
  }

  private void collectPages(int id) {
    String dict = dicts.get(id);
    if (dict.matches("(?s).*/Type\\s*/Pages\\b.*")) {
      String kids = dict.substring(dict.indexOf("/Kids"));
      kids = kids.substring(kids.indexOf('[') + 1, kids.indexOf(']'));
      Matcher m = REF.matcher(kids);
      while (m.find()) {
        collectPages(Integer.parseInt(m.group(1)));
      }
    } else {
      pages.add(pageText(dict));
    }
  }

  private String pageText(String page) {
    Map<String, Map<Integer, String>> fonts = fonts(resources(page));
    StringBuilder out = new StringBuilder();
    for (int content : contents(page)) {
      text(new String(streams.get(content), StandardCharsets.ISO_8859_1), fonts, out);
    }
    return out.toString();
  }

  private String resources(String page) {
    int at = page.indexOf("/Resources");
    String rest = page.substring(at + "/Resources".length()).strip();
    if (rest.startsWith("<<")) {
      return rest;
    }
    return dicts.get(ref(rest, ""));
  }

  private Map<String, Map<Integer, String>> fonts(String resources) {
    Map<String, Map<Integer, String>> fonts = new HashMap<>();
    int at = resources.indexOf("/Font");
    if (at < 0) {
      return fonts;
    }
    String rest = resources.substring(at + "/Font".length()).strip();
    String fontDict = rest.startsWith("<<") ? rest.substring(2, rest.indexOf(">>")) : dicts.get(ref(rest, ""));
    Matcher m = Pattern.compile("/([A-Za-z0-9_.+-]+)\\s+(\\d+) 0 R").matcher(fontDict);
    while (m.find()) {
      String font = dicts.get(Integer.parseInt(m.group(2)));
      Map<Integer, String> map = new HashMap<>();
      if (font != null && font.contains("/ToUnicode")) {
        cmap(new String(streams.get(ref(font, "/ToUnicode")), StandardCharsets.ISO_8859_1), map);
      }
      fonts.put(m.group(1), map);
    }
    return fonts;
  }

  private List<Integer> contents(String page) {
    String rest = page.substring(page.indexOf("/Contents") + "/Contents".length()).strip();
    List<Integer> ids = new ArrayList<>();
    Matcher m = REF.matcher(rest.startsWith("[") ? rest.substring(0, rest.indexOf(']')) : rest);
    while (m.find()) {
      ids.add(Integer.parseInt(m.group(1)));
      if (!rest.startsWith("[")) {
        break;
      }
    }
    return ids;
  }

  private static void text(String content, Map<String, Map<Integer, String>> fonts, StringBuilder out) {
    Map<Integer, String> font = Map.of();
    Matcher m = TEXT_TOKEN.matcher(content);
    while (m.find()) {
      String token = m.group();
      if (m.group(1) != null) {
        font = fonts.getOrDefault(m.group(1), Map.of());
      } else if (m.group(2) != null) {
        String hex = m.group(2).replaceAll("\\s", "");
        int digits = font.containsKey(CODE_DIGITS) ? Integer.parseInt(font.get(CODE_DIGITS)) : 4;
        for (int i = 0; i + digits <= hex.length(); i += digits) {
          int code = Integer.parseInt(hex.substring(i, i + digits), 16);
          out.append(font.getOrDefault(code, ""));
        }
      } else if (token.startsWith("(")) {
        out.append(token, 1, token.length() - 1);
      } else if (token.equals("BT")) {
        out.append('\n');
      } else if (!token.equals("TJ")) {
        out.append(' ');
      }
    }
  }

  /** Reads bfchar and bfrange entries of a ToUnicode CMap, and its code length (Type3 fonts use one byte). */
  private static void cmap(String cmap, Map<Integer, String> map) {
    Matcher space = Pattern.compile("begincodespacerange\\s*<([0-9A-Fa-f]+)>").matcher(cmap);
    if (space.find()) {
      map.put(CODE_DIGITS, String.valueOf(space.group(1).length()));
    }
    Matcher chars = Pattern.compile("beginbfchar(.*?)endbfchar", Pattern.DOTALL).matcher(cmap);
    while (chars.find()) {
      Matcher pair = Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>").matcher(chars.group(1));
      while (pair.find()) {
        map.put(Integer.parseInt(pair.group(1), 16), utf16(pair.group(2)));
      }
    }
    Matcher ranges = Pattern.compile("beginbfrange(.*?)endbfrange", Pattern.DOTALL).matcher(cmap);
    while (ranges.find()) {
      Matcher range = Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*(<[0-9A-Fa-f]+>|\\[[^\\]]*\\])")
          .matcher(ranges.group(1));
      while (range.find()) {
        int from = Integer.parseInt(range.group(1), 16);
        int to = Integer.parseInt(range.group(2), 16);
        String target = range.group(3);
        if (target.startsWith("[")) {
          Matcher each = Pattern.compile("<([0-9A-Fa-f]+)>").matcher(target);
          for (int code = from; code <= to && each.find(); code++) {
            map.put(code, utf16(each.group(1)));
          }
        } else {
          String first = utf16(target.substring(1, target.length() - 1));
          int base = first.codePointAt(0);
          for (int code = from; code <= to; code++) {
            map.put(code, new String(Character.toChars(base + code - from)));
          }
        }
      }
    }
  }

  private static String utf16(String hex) {
    byte[] bytes = new byte[hex.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return new String(bytes, StandardCharsets.UTF_16BE);
  }

  private static int ref(String dict, String key) {
    String rest = key.isEmpty() ? dict : dict.substring(dict.indexOf(key) + key.length());
    Matcher m = REF.matcher(rest);
    if (!m.find()) {
      throw new IllegalArgumentException("no reference after " + key);
    }
    return Integer.parseInt(m.group(1));
  }

  private static byte[] inflate(byte[] raw) {
    Inflater inflater = new Inflater();
    inflater.setInput(raw);
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length * 4);
    byte[] buffer = new byte[8192];
    try {
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        out.write(buffer, 0, n);
      }
    } catch (DataFormatException e) {
      throw new IllegalStateException("bad Flate stream", e);
    } finally {
      inflater.end();
    }
    return out.toByteArray();
  }
}
