package duizhao.diagnostic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The diagnostics of one stage, collected so that an editor sees every problem at once. The list is capped: past
 * {@link #CAP} errors the rest are only counted, as a flood of follow-on errors helps nobody.
 */
public final class Diagnostics {
  public static final int CAP = 50;

  private final List<Diagnostic> items = new ArrayList<>();
  private int errors;
  private int dropped;

  public void add(Diagnostic diagnostic) {
    if (diagnostic.isError()) {
      errors++;
      if (errors > CAP) {
        dropped++;
        return;
      }
    }
    items.add(diagnostic);
  }

  public void addAll(Diagnostics other) {
    other.items.forEach(this::add);
    dropped += other.dropped;
  }

  public boolean hasErrors() {
    return errors > 0;
  }

  public List<Diagnostic> all() {
    return Collections.unmodifiableList(items);
  }

  public int droppedErrors() {
    return dropped;
  }

  /** A step of a stage that reports by throwing. */
  @FunctionalInterface
  public interface Step<T> {
    T run() throws ContentException;
  }

  /**
   * Runs a step and keeps its errors here instead of stopping, so that a stage can report them together with its
   * own. Returns the step's result, or null when it failed.
   */
  public <T> T collect(Step<T> step) {
    try {
      return step.run();
    } catch (ContentException e) {
      e.diagnostics().forEach(this::add);
      dropped += e.droppedErrors();
      return null;
    }
  }

  /** Ends the stage: throws when any error was recorded, so nothing downstream runs on broken content. */
  public void throwIfErrors() throws ContentException {
    if (hasErrors()) {
      throw new ContentException(this);
    }
  }
}
