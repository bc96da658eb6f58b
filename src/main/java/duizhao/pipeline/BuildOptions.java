package duizhao.pipeline;

import java.nio.file.Path;

/**
 * What to build from.
 *
 * @param baseUrl overrides every edition's base-url when non-null (empty string: links stay relative)
 * @param overrides whether the editorial pinyin overrides are applied ({@code --no-overrides} turns them off)
 * @param strict whether warnings (e.g. a glossary entry that matches nothing) fail the build
 */
public record BuildOptions(Path content, Path templates, Path assets, String baseUrl, boolean overrides,
    boolean strict) {}
