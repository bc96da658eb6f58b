package duizhao.cli;

import duizhao.pipeline.BuildOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that reads content shares. */
final class SharedOptions {
  @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
      description = "Content folder (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
      description = "Templates folder (default: ${DEFAULT-VALUE}).")
  Path templates;

  @Option(names = "--assets", paramLabel = "DIR", defaultValue = "site-assets",
      description = "Site assets folder, copied to assets/ (default: ${DEFAULT-VALUE}).")
  Path assets;

  @Option(names = "--no-overrides", description = "Publish the automatic annotation, without editorial overrides.")
  boolean noOverrides;

  @Option(names = "--strict", description = "Treat warnings (e.g. a glossary entry that matches nothing) as errors.")
  boolean strict;

  BuildOptions toBuildOptions(String baseUrl) {
    return new BuildOptions(content, templates, assets, baseUrl, !noOverrides, strict);
  }
}
