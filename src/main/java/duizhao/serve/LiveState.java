package duizhao.serve;

/** The snapshot being served, and a way for the live-reload connections to wait until it changes. */
final class LiveState {
  private Snapshot current;
  private boolean closed;

  LiveState(Snapshot initial) {
    this.current = initial;
  }

  synchronized Snapshot current() {
    return current;
  }

  synchronized void publish(Snapshot next) {
    current = next;
    notifyAll();
  }

  /**
   * Waits until the generation differs from {@code seen}, at most {@code timeoutMillis}.
   *
   * @return the new snapshot, or null on time-out or when the server closes
   */
  synchronized Snapshot awaitChange(long seen, long timeoutMillis) throws InterruptedException {
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
    while (!closed && current.generation() == seen) {
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        return null;
      }
      wait(left);
    }
    return closed ? null : current;
  }

  synchronized void close() {
    closed = true;
    notifyAll();
  }

  synchronized boolean closed() {
    return closed;
  }
}
