package duizhao.view;

/**
 * One {@code <meta>} element of the page head.
 *
 * @param property true for Open Graph ({@code property=}), false for {@code name=}
 */
public record MetaTag(boolean property, String key, String content) {}
