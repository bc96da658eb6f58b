package duizhao.bench;

import duizhao.pipeline.Build;
import duizhao.pipeline.BuildOptions;
import duizhao.pipeline.BuildResult;
import duizhao.diagnostic.ContentException;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Times whole builds in one JVM, as {@code serve} runs them: one warm {@link Build}, the real edition first, then
 * synthetic editions {@code n}× as long (see {@link SyntheticEdition}). For each size: the first build at that size,
 * then the spread of warm builds, the CPU time of the building thread, the bytes a build allocates and the heap's
 * high-water mark. Nothing is written
 * but the synthetic content, in a temporary folder that is deleted afterwards.
 */
public final class Bench {
  private static final long MIB = 1024 * 1024;
  /** CPU time and allocation of the building thread: unlike wall time, they hardly change when the machine is busy. */
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private final BuildOptions options;
  private final int warmup;
  private final int runs;
  private final PrintWriter out;
  private final Build build = new Build();

  public Bench(BuildOptions options, int warmup, int runs, PrintWriter out) {
    this.options = options;
    this.warmup = warmup;
    this.runs = runs;
    this.out = out;
  }

  /** Measures each scale in turn (1 is the real content) and prints one line per scale. */
  public void run(List<Integer> scales) throws IOException, ContentException {
    Runtime rt = Runtime.getRuntime();
    out.printf(Locale.ROOT, "duizhao bench: Java %s (%s), %d processors, max heap %d MiB; %d warm-up and %d measured"
        + " builds at 1× (fewer at larger scales)%n", System.getProperty("java.version"),
        System.getProperty("java.vm.name"), rt.availableProcessors(), rt.maxMemory() / MIB, warmup, runs);
    out.println("scale  paragraphs  sentences  first build  warm min / median / p90 / max  cpu median  allocated"
        + "  heap peak");
    Path temp = Files.createTempDirectory("duizhao-bench-");
    try {
      for (int scale : scales) {
        Path content = options.content();
        if (scale != 1) {
          content = temp.resolve("content-" + scale);
          SyntheticEdition.write(options, content, scale);
        }
        measure(scale, new BuildOptions(content, options.templates(), options.assets(), options.baseUrl(),
            options.overrides(), options.strict()));
      }
    } finally {
      deleteTree(temp);
    }
  }

  private void measure(int scale, BuildOptions at) throws ContentException {
    long start = System.nanoTime();
    BuildResult result = build.run(at);
    long first = System.nanoTime() - start;
    int measured = Math.max(3, runs / scale);
    for (int i = 0; i < Math.max(1, warmup / scale); i++) {
      build.run(at);
    }
    long[] nanos = new long[measured];
    long[] cpu = new long[measured];
    long allocated = 0;
    long peak = 0;
    for (int i = 0; i < measured; i++) {
      System.gc();
      heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
      long bytesBefore = allocatedBytes();
      long cpuBefore = THREADS.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      build.run(at);
      nanos[i] = System.nanoTime() - t;
      cpu[i] = THREADS.getCurrentThreadCpuTime() - cpuBefore;
      allocated = allocatedBytes() - bytesBefore;
      peak = Math.max(peak, heapPools().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
    }
    Arrays.sort(nanos);
    Arrays.sort(cpu);
    String warm = String.format(Locale.ROOT, "%d / %d / %d / %d ms", ms(nanos[0]), ms(nanos[measured / 2]),
        ms(nanos[Math.min(measured - 1, (int) Math.ceil(measured * 0.9) - 1)]), ms(nanos[measured - 1]));
    out.printf(Locale.ROOT, "%4d×  %10d  %9d  %8d ms  %-28s  %7d ms  %5d MiB  %5d MiB%n", scale,
        result.paragraphs(), result.sentences(), ms(first), warm, ms(cpu[measured / 2]), allocated / MIB,
        peak / MIB);
    out.flush();
  }

  private static Stream<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP);
  }

  /** Bytes allocated so far by this thread (the build runs on it alone). */
  private static long allocatedBytes() {
    return THREADS.getCurrentThreadAllocatedBytes();
  }

  private static long ms(long nanos) {
    return Math.round(nanos / 1e6);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
