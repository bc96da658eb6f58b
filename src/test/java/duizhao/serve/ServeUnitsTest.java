package duizhao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ServeUnitsTest {
  @Test
  void injectsTheScriptTagBeforeTheEndOfHeadWhateverItsCase() {
    String tag = "<script src=\"/__duizhao/reload.js\" data-generation=\"7\" defer></script>\n";
    assertEquals("<html><HEAD><title>t</title>" + tag + "</HEAD><body>",
        ReloadScript.inject("<html><HEAD><title>t</title></HEAD><body>", 7));
    assertEquals("<p>İ</p>" + tag + "</body>", ReloadScript.inject("<p>İ</p></body>", 7));
    assertEquals("<p>fragment</p>" + tag, ReloadScript.inject("<p>fragment</p>", 7));
  }

  @Test
  void gzipIsUsedOnlyWhenTheClientAcceptsIt() {
    assertTrue(SiteServer.acceptsGzip("gzip, deflate, br"));
    assertTrue(SiteServer.acceptsGzip("br;q=1.0, GZIP;q=0.5"));
    assertTrue(SiteServer.acceptsGzip("*"));
    assertFalse(SiteServer.acceptsGzip(null));
    assertFalse(SiteServer.acceptsGzip("identity"));
    assertFalse(SiteServer.acceptsGzip("gzip;q=0"));
    assertFalse(SiteServer.acceptsGzip("gzip; q=0.000"));
  }

  @Test
  void ignoresEditorsSwapAndBackupFiles() {
    for (String name : new String[] {".translation.en.md.swp", "translation.en.md~", "#glossary.md#", "4913",
        ".#glossary.md"}) {
      assertTrue(SourceWatcher.isEditorScratch(Path.of("content", name)), name);
    }
    assertFalse(SourceWatcher.isEditorScratch(Path.of("content", "translation.en.md")));
  }

  @Test
  void textTypesNameTheirCharset() {
    assertEquals("text/html; charset=utf-8", ContentTypes.of("x/index.html"));
    assertEquals("image/png", ContentTypes.of("a.PNG"));
    assertEquals("application/octet-stream", ContentTypes.of("LICENCE"));
    assertTrue(ContentTypes.compressible(ContentTypes.of("a.svg")));
    assertFalse(ContentTypes.compressible(ContentTypes.of("a.woff2")));
  }
}
