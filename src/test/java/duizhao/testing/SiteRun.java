package duizhao.testing;

import duizhao.cli.Main;
import duizhao.edition.SourceCheck;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A scratch copy of the project's content, templates and assets in a temporary folder, which a test may break, and
 * the outcome of running the command line on it in-process.
 */
public final class SiteRun {
  public final Path root;
  public final Path content;
  public final Path templates;
  public final Path assets;
  public final Path out;

  private SiteRun(Path root) {
    this.root = root;
    this.content = root.resolve("content");
    this.templates = root.resolve("templates");
    this.assets = root.resolve("site-assets");
    this.out = root.resolve("_site");
  }

  /** A full copy of the real project content in {@code dir} (use JUnit's @TempDir). */
  public static SiteRun copyOfProject(Path dir) {
    SiteRun run = new SiteRun(dir);
    Project.copyTree(Project.CONTENT, run.content);
    Project.copyTree(Project.TEMPLATES, run.templates);
    Project.copyTree(Project.ASSETS, run.assets);
    return run;
  }

  /** The site built from a copy of the real project in {@code dir}; fails the calling test if the build does. */
  public static Path builtProject(Path dir) {
    SiteRun run = copyOfProject(dir);
    Result result = run.build();
    if (result.exitCode() != 0) {
      throw new AssertionError("the project's own content did not build: " + result);
    }
    return run.out;
  }

  public Path edition() {
    return content.resolve(Project.EDITION);
  }

  public Path editionFile(String name) {
    return edition().resolve(name);
  }

  public String read(String editionFileName) {
    return Project.read(editionFile(editionFileName));
  }

  public void write(String editionFileName, String text) {
    write(editionFile(editionFileName), text.getBytes(StandardCharsets.UTF_8));
  }

  public void write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Replaces the one occurrence of {@code from} in an edition file; fails if it is not exactly once there. */
  public void replace(String editionFileName, String from, String to) {
    String text = read(editionFileName);
    int at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) {
      throw new IllegalArgumentException("expected exactly one '" + from + "' in " + editionFileName);
    }
    write(editionFileName, text.substring(0, at) + to + text.substring(at + from.length()));
  }

  /**
   * Replaces the edition's source text and records its new SHA-256 in {@code edition.md}, so that the build gets as
   * far as loading it.
   */
  public void replaceSource(byte[] bytes) {
    write(editionFile("source.zh.txt"), bytes);
    String meta = read("edition.md");
    write("edition.md", meta.replaceFirst("(?m)^source-sha256: .*$", "source-sha256: " + SourceCheck.sha256(bytes)));
  }

  /** What the command printed to stderr, with this copy's temporary folder removed from paths. */
  public String relative(String printed) {
    return printed.replace(root.toString() + java.io.File.separator, "");
  }

  /** Runs {@code duizhao build} on this copy with its own folders, plus extra arguments. */
  public Result build(String... extra) {
    List<String> args = new ArrayList<>(List.of("build", "--content", content.toString(), "--templates",
        templates.toString(), "--assets", assets.toString(), "--out", out.toString()));
    args.addAll(List.of(extra));
    return run(args.toArray(String[]::new));
  }

  public static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  /** Exit code and what the command printed. */
  public record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
  }
}
