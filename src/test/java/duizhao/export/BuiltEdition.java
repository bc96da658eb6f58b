package duizhao.export;

import duizhao.pipeline.Build;
import duizhao.pipeline.BuildOptions;
import duizhao.pipeline.BuildResult;
import duizhao.diagnostic.ContentException;
import duizhao.model.EditionContent;
import duizhao.testing.Project;
import java.nio.charset.StandardCharsets;

/** The real project built once in memory: the exports as published, and the model they were made from. */
final class BuiltEdition {
  private static BuildResult result;

  private BuiltEdition() {}

  static synchronized BuildResult result() {
    if (result == null) {
      try {
        result = new Build().run(new BuildOptions(Project.CONTENT, Project.TEMPLATES, Project.ASSETS, null, true,
            false));
      } catch (ContentException e) {
        throw new AssertionError("the real content must build: " + e.diagnostics(), e);
      }
    }
    return result;
  }

  static EditionContent content() {
    return result().contents().get(0);
  }

  static byte[] bytes(String name) {
    byte[] bytes = result().files().get(name);
    if (bytes == null) {
      throw new AssertionError(name + " is not in the built site: " + result().files().all().keySet());
    }
    return bytes;
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }
}
