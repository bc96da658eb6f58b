package duizhao.view;

/** A row of the "How to cite" table: an anchor form, what it points at, and a live example. */
public record AnchorExample(String form, String meaning, String href, String url, boolean relative) {}
