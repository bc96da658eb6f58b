package duizhao.model;

/** A change the loader made to the raw text (a joined false break, a removed stray space), kept for the record. */
public record Repair(SourceLocation location, String description) {}
