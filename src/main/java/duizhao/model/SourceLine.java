package duizhao.model;

import java.time.LocalDate;

/** The line under the title, {@code 2023年11月16日来源：新华网}: publication date and publisher. */
public record SourceLine(String text, LocalDate date, String source, SourceLocation location) {}
