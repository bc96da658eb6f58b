package duizhao.source;

import duizhao.diagnostic.ContentException;
import duizhao.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the site assets (CSS, JavaScript, images) to be copied verbatim, sorted by path for determinism. */
public final class AssetReader {
  private AssetReader() {}

  /** @return files with {@link ContentFile#path()} relative to the assets folder, using '/' separators */
  public static List<ContentFile> read(Path assetsDir) throws ContentException {
    if (!Files.isDirectory(assetsDir)) {
      throw ContentException.of(Diagnostic.error(assetsDir.toString(), 0, 0, "the site assets folder does not exist",
          "", "run from the project folder, or name it with --assets DIR"));
    }
    List<ContentFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(assetsDir)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        String rel = assetsDir.relativize(p).toString().replace('\\', '/');
        files.add(new ContentFile(rel, Files.readAllBytes(p)));
      }
    } catch (IOException e) {
      throw ContentException.of(Diagnostic.error(assetsDir.toString(), 0, 0, "cannot read site assets: "
          + e.getMessage(), "", "check that the folder is readable"));
    }
    files.sort((a, b) -> a.path().compareTo(b.path()));
    return files;
  }
}
