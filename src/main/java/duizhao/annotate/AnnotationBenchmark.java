package duizhao.annotate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntSupplier;

/**
 * Measures warm annotation throughput in Chinese characters per second on the article repeated 1, 10 and 100 times,
 * three ways: the whole text in one call, sentence by sentence (as the build calls it), and sentence by sentence on
 * as many threads as the machine has processors. Each figure is the median of {@code repeats} timed runs after a
 * warm-up of a few seconds. Never called from tests: timings belong in docs/ANNOTATION.md, not in assertions.
 */
public final class AnnotationBenchmark {
  private static final int[] SIZES = {1, 10, 100};
  private static final long WARM_UP_NANOS = 3_000_000_000L;

  private final Annotator annotator;
  private final List<String> sentences;
  private final long hanPerArticle;

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
    int threads = Runtime.getRuntime().availableProcessors();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "annotation benchmark: %d Chinese characters per article, median of %d runs%n",
        hanPerArticle, repeats));
    out.append(String.format(Locale.ROOT, "java %s (%s), %d processors; Annotator.create took %.2f s%n",
        System.getProperty("java.version"), System.getProperty("java.vm.name"), threads, creationSeconds));
    warmUp();
    out.append(String.format(Locale.ROOT, "%-9s %14s %16s %20s%n", "article", "one call", "per sentence",
        "per sentence, " + threads + " thr"));
    for (int size : SIZES) {
      String whole = String.join("\n", sentences).repeat(size);
      double oneCall = median(repeats, () -> annotator.annotate(whole, List.of()).size());
      double perSentence = median(repeats, () -> annotateSentences(size));
      double parallel = median(repeats, () -> annotateInParallel(size, threads)) / threads;
      long han = hanPerArticle * size;
      out.append(String.format(Locale.ROOT, "%-9s %10.2f M/s %12.2f M/s %16.2f M/s%n", size + "×",
          han / oneCall / 1e6, han / perSentence / 1e6, han / parallel / 1e6));
    }
    return out.toString();
  }

  private void warmUp() {
    long until = System.nanoTime() + WARM_UP_NANOS;
    while (System.nanoTime() < until) {
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

  private int annotateInParallel(int times, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
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

  /** Median seconds of the runs; the token count is kept so that no run can be optimised away. */
  private static double median(int repeats, IntSupplier work) {
    double[] seconds = new double[repeats];
    long checksum = 0;
    for (int r = 0; r < repeats; r++) {
      long start = System.nanoTime();
      checksum += work.getAsInt();
      seconds[r] = (System.nanoTime() - start) / 1e9;
    }
    if (checksum < 0) {
      throw new IllegalStateException("impossible token count");
    }
    Arrays.sort(seconds);
    return seconds[repeats / 2];
  }
}
