package duizhao.annotate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntSupplier;

/**
 * Measures warm annotation throughput in Chinese characters per second on the article repeated 1, 10 and 100 times:
 * the whole text in one call, sentence by sentence (as the build calls it), and sentence by sentence on every
 * processor at once. After a warm-up of five CPU-seconds each figure is taken over {@code repeats} timed runs of at least
 * 50 ms: the median and the best wall-clock time, and the median CPU time of the annotating thread,
 * which a busy machine disturbs least. Never called from tests: timings belong in docs/ANNOTATION.md, not in assertions.
 */
public final class AnnotationBenchmark {
  private static final int[] SIZES = {1, 10, 100};
  private static final long WARM_UP_NANOS = 5_000_000_000L;
  private static final long RUN_NANOS = 50_000_000L;

  private final Annotator annotator;
  private final List<String> sentences;
  private final long hanPerArticle;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  /** Wall-clock and CPU seconds of the timed runs of one measurement. */
  private record Timing(double[] wall, double[] cpu) {
    double medianWall() {
      return median(wall);
    }

    double bestWall() {
      return Arrays.stream(wall).min().orElseThrow();
    }

    double medianCpu() {
      return median(cpu);
    }

    private static double median(double[] seconds) {
      double[] sorted = seconds.clone();
      Arrays.sort(sorted);
      return sorted[sorted.length / 2];
    }
  }

  private AnnotationBenchmark(Annotator annotator) {
    this.annotator = annotator;
    this.sentences = BenchmarkText.sentences();
    this.hanPerArticle = sentences.stream().mapToLong(s -> s.codePoints().filter(HanText::isHan).count()).sum();
  }

  /** Runs the benchmark with HanLP's bundled data alone (the curated lexicon changes the figures very little). */
  public static String run(int repeats) {
    return run(Lexicon.bundled(), repeats);
  }

  /** Runs the benchmark with the given lexicon and returns the report. */
  public static String run(Lexicon lexicon, int repeats) {
    if (repeats < 1) {
      throw new IllegalArgumentException("repeats must be at least 1");
    }
    long created = System.nanoTime();
    Annotator annotator = Annotator.create(lexicon);
    double creationSeconds = (System.nanoTime() - created) / 1e9;
    return new AnnotationBenchmark(annotator).report(repeats, creationSeconds);
  }

  private String report(int repeats, double creationSeconds) {
    int processors = Runtime.getRuntime().availableProcessors();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "annotation benchmark: %d Chinese characters per article, %d timed runs each%n",
        hanPerArticle, repeats));
    out.append(String.format(Locale.ROOT, "java %s (%s), %d processors, load average %.2f; Annotator.create %.2f s%n",
        System.getProperty("java.version"), System.getProperty("java.vm.name"), processors,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), creationSeconds));
    warmUp();
    out.append("million Chinese characters per second: wall-clock median / best, and per CPU-second (median)\n");
    out.append(String.format(Locale.ROOT, "%-7s %-26s %-26s %s%n", "article", "one call", "per sentence",
        "per sentence on " + processors + " threads (wall median / best)"));
    for (int size : SIZES) {
      String whole = String.join("\n", sentences).repeat(size);
      long han = hanPerArticle * size;
      Timing oneCall = time(repeats, () -> annotator.annotate(whole, List.of()).size());
      Timing perSentence = time(repeats, () -> annotateSentences(size));
      Timing parallel = time(repeats, () -> annotateInParallel(size, processors));
      long allThreads = han * processors;
      out.append(String.format(Locale.ROOT, "%-7s %-26s %-26s %.2f / %.2f%n", size + "×", figures(han, oneCall),
          figures(han, perSentence), allThreads / parallel.medianWall() / 1e6, allThreads / parallel.bestWall() / 1e6));
    }
    return out.toString();
  }

  private static String figures(long han, Timing timing) {
    return String.format(Locale.ROOT, "%.2f / %.2f, cpu %.2f", han / timing.medianWall() / 1e6,
        han / timing.bestWall() / 1e6, han / timing.medianCpu() / 1e6);
  }

  /**
   * Runs until this thread has had {@link #WARM_UP_NANOS} of CPU: on a busy machine wall-clock seconds would end the
   * warm-up before the JIT compiler (which competes for the same processors) had finished.
   */
  private void warmUp() {
    long until = threads.getCurrentThreadCpuTime() + WARM_UP_NANOS;
    while (threads.getCurrentThreadCpuTime() < until) {
      annotateSentences(1);
    }
  }

  private int annotateSentences(int times) {
    int tokens = 0;
    for (int i = 0; i < times; i++) {
      for (String sentence : sentences) {
        tokens += annotator.annotate(sentence, List.of()).size();
      }
    }
    return tokens;
  }

  private int annotateInParallel(int times, int threadCount) {
    ExecutorService pool = Executors.newFixedThreadPool(threadCount);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int t = 0; t < threadCount; t++) {
        runs.add(pool.submit(() -> annotateSentences(times)));
      }
      int tokens = 0;
      for (Future<Integer> run : runs) {
        tokens += run.get();
      }
      return tokens;
    } catch (Exception e) {
      throw new IllegalStateException("benchmark thread failed", e);
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Times the runs, each repeating the work often enough to last 50 ms, and returns the seconds per
   * single piece of work. An untimed run first lets the JIT settle on the new shape of input. The token count is kept
   * so that no run can be optimised away.
   */
  private Timing time(int repeats, IntSupplier work) {
    long checksum = 0;
    int perRun = 1;
    long start = System.nanoTime();
    while (System.nanoTime() - start < RUN_NANOS) {
      checksum += work.getAsInt();
      perRun++;
    }
    double[] wall = new double[repeats];
    double[] cpu = new double[repeats];
    for (int r = 0; r < repeats; r++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long wallStart = System.nanoTime();
      for (int i = 0; i < perRun; i++) {
        checksum += work.getAsInt();
      }
      wall[r] = (System.nanoTime() - wallStart) / 1e9 / perRun;
      cpu[r] = Math.max(1, threads.getCurrentThreadCpuTime() - cpuStart) / 1e9 / perRun;
    }
    if (checksum < 0) {
      throw new IllegalStateException("impossible token count");
    }
    return new Timing(wall, cpu);
  }
}
