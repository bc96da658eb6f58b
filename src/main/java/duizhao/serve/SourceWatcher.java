package duizhao.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the folders a build reads (and their sub-folders, including new ones) and calls back once per burst of
 * changes: an editor's save is often several events (write, rename, attribute change), so the callback waits until
 * the folders have been quiet for {@link #QUIET_MILLIS}. Editors' swap and backup files are ignored.
 */
final class SourceWatcher implements AutoCloseable {
  static final long QUIET_MILLIS = 40;

  private final WatchService service;
  private final List<Path> roots;
  private final Map<WatchKey, Path> keys = new HashMap<>();
  private final Thread thread;

  SourceWatcher(List<Path> roots, Runnable onChange) throws IOException {
    this.roots = roots;
    this.service = roots.get(0).getFileSystem().newWatchService();
    registerAll();
    this.thread = new Thread(() -> loop(onChange), "duizhao-watch");
    this.thread.setDaemon(true);
    this.thread.start();
  }

  private void loop(Runnable onChange) {
    try {
      while (true) {
        boolean relevant = drain(service.take());
        WatchKey more;
        while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          relevant |= drain(more);
        }
        if (relevant) {
          registerQuietly();
          onChange.run();
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // Closed: the server is stopping.
    }
  }

  private void registerQuietly() {
    try {
      registerAll();
    } catch (IOException e) {
      // A folder vanished while it was being walked; the walk after the next change registers what is there then.
    }
  }

  /** Takes a key's events; true when one of them concerns a file a build may read. */
  private boolean drain(WatchKey key) {
    boolean relevant = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      relevant |= event.kind() == OVERFLOW || event.context() instanceof Path p && !isEditorScratch(p);
    }
    if (!key.reset()) {
      keys.remove(key);
    }
    return relevant;
  }

  /** vim's .swp/.swx and 4913 probe, emacs's #autosave# and .#lock, and backup~ files. */
  static boolean isEditorScratch(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith(".") || name.endsWith("~") || name.startsWith("#") || name.equals("4913")
        || name.endsWith(".swp") || name.endsWith(".swx");
  }

  /** Registers every folder under the roots not yet watched: new sub-folders are picked up after each change. */
  private void registerAll() throws IOException {
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path dir : walk.filter(Files::isDirectory).toList()) {
          if (!keys.containsValue(dir)) {
            keys.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
          }
        }
      }
    }
  }

  @Override
  public void close() throws IOException {
    service.close();
    thread.interrupt();
  }
}
