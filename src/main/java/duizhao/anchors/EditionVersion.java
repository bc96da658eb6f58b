package duizhao.anchors;

import java.util.Optional;
import java.util.regex.Pattern;

/** An edition version, {@code MAJOR.MINOR.PATCH}, compared number by number (1.10.0 is after 1.9.0). */
record EditionVersion(int major, int minor, int patch) implements Comparable<EditionVersion> {
  private static final Pattern FORM = Pattern.compile("(\\d{1,6})\\.(\\d{1,6})\\.(\\d{1,6})");

  static Optional<EditionVersion> parse(String text) {
    var m = FORM.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new EditionVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3))));
  }

  @Override
  public int compareTo(EditionVersion o) {
    int c = Integer.compare(major, o.major);
    if (c == 0) {
      c = Integer.compare(minor, o.minor);
    }
    return c != 0 ? c : Integer.compare(patch, o.patch);
  }

  boolean isAfter(EditionVersion o) {
    return compareTo(o) > 0;
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
