package io.github.planesdk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the four benches of BENCHMARKS.md, each beside its baseline in the same run, and prints
 * one table of figures (also written to {@code target/bench/results.md}).
 *
 * <p>System properties: {@code bench.smoke=true} runs everything with tiny counts (CI: that it
 * runs and produces numbers); {@code bench.only=overhead,paging,memory,ratelimit,coldstart}
 * picks sections; {@code bench.ratelimit=limit/windowSeconds/requests} reshapes the rate-limit
 * bench (default 20/2/200); {@code bench.debug=true} also prints when the server accepted each
 * request of the rate-limit bench; {@code bench.out} is the output directory.
 */
public final class BenchMain {
  private static final List<String> SECTIONS =
      List.of("overhead", "paging", "memory", "ratelimit", "coldstart");

  private final boolean smoke = Boolean.getBoolean("bench.smoke");
  private final Set<String> only = sections(System.getProperty("bench.only", "all"));
  private final Path out = Paths.get(System.getProperty("bench.out", "target/bench"));
  private final List<String> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    new BenchMain().run();
  }

  private static Set<String> sections(String spec) {
    if (spec == null || spec.isBlank() || spec.equals("all")) {
      return new LinkedHashSet<>(SECTIONS);
    }
    Set<String> result = new LinkedHashSet<>(Arrays.asList(spec.split(",")));
    for (String s : result) {
      if (!SECTIONS.contains(s)) {
        throw new IllegalArgumentException("bench.only: unknown section " + s + "; known: " + SECTIONS);
      }
    }
    return result;
  }

  private void run() throws Exception {
    long start = System.nanoTime();
    Files.createDirectories(out);
    if (only.contains("overhead")) {
      overhead();
    }
    if (only.contains("paging")) {
      pagingTime();
    }
    if (only.contains("memory")) {
      pagingMemory();
    }
    if (only.contains("ratelimit")) {
      rateLimit();
    }
    if (only.contains("coldstart")) {
      coldStart();
    }
    StringBuilder report = new StringBuilder();
    report.append("## Plane SDK benchmarks").append(smoke ? " (smoke: tiny counts, not figures)" : "").append("\n\n");
    report.append(machine()).append("\n\n");
    report.append("| figure | SDK | baseline | ratio | goal | met |\n|---|---|---|---|---|---|\n");
    rows.forEach(r -> report.append(r).append('\n'));
    if (!notes.isEmpty()) {
      report.append('\n');
      notes.forEach(n -> report.append("- ").append(n).append('\n'));
    }
    report.append(String.format(Locale.ROOT, "%nTotal bench time %.0f s.%n", (System.nanoTime() - start) / 1e9));
    Files.writeString(out.resolve("results.md"), report);
    System.out.println();
    System.out.println(report);
  }

  // ---- 1. per-call overhead (JMH)

  private void overhead() throws Exception {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include("\\.OverheadBench\\.")
            .jvmArgsAppend("-Xms1g", "-Xmx1g")
            .shouldFailOnError(true);
    if (smoke) {
      options.forks(1).warmupIterations(1).warmupTime(TimeValue.milliseconds(200))
          .measurementIterations(1).measurementTime(TimeValue.milliseconds(300));
    } else {
      // On 2 cores a fork runs 2-3 times slower for its first 7-14 s, until C2's burst of
      // compiles is over (BENCHMARKS.md, "Fourth round"): warm up well past that.
      options.forks(3).warmupIterations(20).warmupTime(TimeValue.seconds(1))
          .measurementIterations(5).measurementTime(TimeValue.seconds(1));
    }
    Map<String, RunResult> results = byName(new Runner(options.build()).run(), null);
    // the get is judged on the alternating JMH and the interleaved figures; see BENCHMARKS.md,
    // "How it measures"
    ratioRow("get work item, per call (JMH)", results.get("getWorkItemSdk"), results.get("getWorkItemRaw"), Double.NaN);
    ratioRow("list work items (100 per page), per call (JMH)", results.get("listWorkItemsSdk"), results.get("listWorkItemsRaw"), Double.NaN);
    alternatingRow("get work item, per call (JMH, alternating in one fork)", results.get("getWorkItemAlternating"), 1.10);
    int forks = smoke ? 1 : 3;
    int rounds = smoke ? 4 : 30;
    int block = smoke ? 50 : 200;
    int warmup = smoke ? 500 : 20_000;
    pairedRow("get work item, per call (interleaved)", "get", Payloads.PER_PAGE, forks, rounds, block, warmup, 1.10);
    pairedRow("list work items (100 per page), per call (interleaved)", "list", Payloads.PER_PAGE, forks, rounds, block, warmup, 1.10);
  }

  // ---- 2. paging at scale: time (JMH)

  private List<Long> pagingSizes() {
    return smoke ? List.of(1_000L, 2_000L) : List.of(10_000L, 100_000L);
  }

  private void pagingTime() throws Exception {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include("\\.PagingBench\\.")
            .jvmArgsAppend("-Xms1g", "-Xmx1g")
            .shouldFailOnError(true)
            .param("items", pagingSizes().stream().map(String::valueOf).toArray(String[]::new));
    if (smoke) {
      options.forks(1).warmupIterations(1).warmupTime(TimeValue.milliseconds(200))
          .measurementIterations(1).measurementTime(TimeValue.milliseconds(300));
    } else {
      options.forks(2).warmupIterations(6).warmupTime(TimeValue.seconds(2))
          .measurementIterations(5).measurementTime(TimeValue.seconds(2));
    }
    Collection<RunResult> all = new Runner(options.build()).run();
    for (long items : pagingSizes()) {
      Map<String, RunResult> results = byName(all, String.valueOf(items));
      ratioRow(
          String.format(Locale.ROOT, "iterate %,d work items (%,d pages), whole walk (JMH)", items, items / Payloads.PER_PAGE),
          results.get("walkSdk"), results.get("walkRaw"), Double.NaN);
    }
    long items = pagingSizes().get(1);
    pairedRow(
        String.format(Locale.ROOT, "iterate %,d work items (%,d pages), whole walk (interleaved)", items, items / Payloads.PER_PAGE),
        "walk", items, smoke ? 1 : 3, smoke ? 2 : 8, 1, smoke ? 500 : 10_000, 1.2);
  }

  /**
   * A figure from {@link PairedProbe}: SDK and baseline in alternation, the rounds of
   * {@code forks} JVMs pooled; the ratio is the median of the rounds' ratios.
   */
  private void pairedRow(
      String figure, String probe, long items, int forks, int rounds, int blockMillis, int warmupMillis, double goal)
      throws Exception {
    List<Double> sdk = new ArrayList<>();
    List<Double> raw = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    List<Double> cpuRatios = new ArrayList<>();
    for (int f = 0; f < forks; f++) {
      for (String line : child(List.of("-Xms1g", "-Xmx1g"), PairedProbe.class,
          probe, String.valueOf(items), String.valueOf(rounds), String.valueOf(blockMillis), String.valueOf(warmupMillis))) {
        String[] p = line.split(" ");
        if (p.length == 5 && p[0].equals("round")) {
          double s = Double.parseDouble(p[1]);
          double r = Double.parseDouble(p[2]);
          sdk.add(s);
          raw.add(r);
          ratios.add(s / r);
          cpuRatios.add(Double.parseDouble(p[3]) / Double.parseDouble(p[4]));
        }
      }
    }
    double ratio = PairedProbe.quantile(ratios, 0.5);
    rows.add(String.format(Locale.ROOT,
        "| %s | %s | %s | %.3f (IQR %.3f–%.3f; client CPU %.3f) | ≤ %s× | %s |",
        figure, duration(PairedProbe.quantile(sdk, 0.5)), duration(PairedProbe.quantile(raw, 0.5)), ratio,
        PairedProbe.quantile(ratios, 0.25), PairedProbe.quantile(ratios, 0.75), PairedProbe.quantile(cpuRatios, 0.5),
        goal, met(ratio <= goal)));
    System.out.printf(Locale.ROOT, "%s: ratio %.3f over %d rounds of %d JVMs, client CPU %.3f%n",
        figure, ratio, ratios.size(), forks, PairedProbe.quantile(cpuRatios, 0.5));
  }

  /** The "met" column: in smoke mode the counts are too small for a verdict. */
  private String met(boolean met) {
    return smoke ? "n/a (smoke)" : met ? "yes" : "NO";
  }

  private static String duration(double nanos) {
    return nanos >= 10_000_000
        ? String.format(Locale.ROOT, "%.1f ms", nanos / 1e6)
        : String.format(Locale.ROOT, "%.1f us", nanos / 1e3);
  }

  // ---- 2. paging at scale: memory (forked JVMs with a small heap)

  private void pagingMemory() throws Exception {
    String heap = "-Xmx64m";
    List<Long> sizes = pagingSizes();
    long small = sizes.get(0);
    long large = sizes.get(1);
    Map<String, long[]> probes = new HashMap<>();
    for (String mode : List.of("sdk", "raw")) {
      for (long items : sizes) {
        probes.put(mode + items, memoryProbe(heap, mode, items));
      }
    }
    // the probe's control: keeping every item must show up as retained heap
    long control = memoryProbe("-Xmx256m", "sdk-collect", small)[0];
    long perPage = Math.max(0, (control - probes.get("sdk" + small)[0]) * Payloads.PER_PAGE / small);
    for (String mode : List.of("sdk", "raw")) {
      long a = probes.get(mode + small)[0];
      long b = probes.get(mode + large)[0];
      long drift = probes.get(mode + large)[1];
      rows.add(String.format(Locale.ROOT,
          "| peak retained heap, %s, %,d vs %,d items (%s) | %s (trend over the walk %+.3f MB) | %s | %.2f |"
              + " trend < one page (%s) | %s |",
          mode.equals("sdk") ? "SDK `Pager.items()`" : "raw loop", large, small, heap,
          mb(b), drift / (1024.0 * 1024.0), mb(a), (double) b / a, mb(perPage), met(drift < perPage)));
    }
    notes.add(String.format(Locale.ROOT,
        "Memory: heap in use after a full GC, sampled every %,d items in a JVM of its own (%s,"
            + " Serial GC); peak = the largest sample, trend = the growth from first to last sample"
            + " along a least-squares line (the samples wobble by a few hundred KB with JDK and"
            + " OkHttp buffers, in both clients). Control: keeping %,d items in a list retains %s,"
            + " about %s per page of 100 decoded items.",
        PagingMemoryProbe.SAMPLE_EVERY, heap, small, mb(control), mb(perPage)));
  }

  /** Peak retained bytes and their trend over the walk, from a {@link PagingMemoryProbe}. */
  private long[] memoryProbe(String heap, String mode, long items) throws Exception {
    String line;
    try (LoopbackServer server = new LoopbackServer(Payloads.API_KEY, true, new Payloads().workItems(items))) {
      line = last(child(List.of(heap, "-XX:+UseSerialGC"), PagingMemoryProbe.class, mode, server.url(), String.valueOf(items)));
    }
    Matcher m = Pattern.compile("items=(\\d+) maxRetained=(\\d+) samples=(\\d+) drift=(-?\\d+)").matcher(line);
    if (!m.find()) {
      throw new IllegalStateException("memory probe said: " + line);
    }
    System.out.printf(Locale.ROOT, "memory %s %,d items: max retained %s over %s samples, trend %s%n",
        mode, items, mb(Long.parseLong(m.group(2))), m.group(3), mb(Long.parseLong(m.group(4))));
    return new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(4))};
  }

  // ---- 3. rate-limit efficiency

  private void rateLimit() throws Exception {
    String[] shape = System.getProperty("bench.ratelimit", smoke ? "10/1/30" : "20/2/200").split("/");
    RateLimitBench bench =
        new RateLimitBench(Integer.parseInt(shape[0]), Integer.parseInt(shape[1]), Integer.parseInt(shape[2]));
    RateLimitBench.Result sdk = bench.sdk();
    System.out.println(sdk);
    RateLimitBench.Result naive = bench.naive();
    System.out.println(naive);
    String setup = String.format(Locale.ROOT, "%d requests, %d threads, %d per %d s",
        sdk.requests, RateLimitBench.THREADS, sdk.limit, sdk.windowSeconds);
    rows.add(String.format(Locale.ROOT,
        "| rate limit: achieved / allowed throughput (%s) | %.3f (%.2f/s) | %.3f (%.2f/s) naive raw | %.3f | SDK ≥ 0.95 | %s |",
        setup, sdk.efficiency(), sdk.achievedPerSecond(), naive.efficiency(), naive.achievedPerSecond(),
        sdk.efficiency() / naive.efficiency(), met(sdk.efficiency() >= 0.95)));
    rows.add(String.format(Locale.ROOT,
        "| rate limit: 429s received, after the first window (all) | %d (%d) | %d (%d) naive raw | – | SDK: none after the first window | %s |",
        sdk.throttledAfterFirstWindow, sdk.throttled, naive.throttledAfterFirstWindow, naive.throttled,
        met(sdk.throttledAfterFirstWindow == 0)));
    rows.add(String.format(Locale.ROOT,
        "| rate limit: exceptions reaching the caller | %d | %d naive raw | – | none | %s |",
        sdk.callerExceptions, naive.callerExceptions, met(sdk.callerExceptions == 0)));
    notes.add("Rate limit: achieved = (requests − limit) / (first to last accepted request, server clock);"
        + " a perfect client scores 1.000. The naive baseline ignores the budget headers and sleeps"
        + " each 429's Retry-After.");
  }

  // ---- 4. cold start (a fresh JVM per measurement)

  private void coldStart() throws Exception {
    int runs = smoke ? 1 : 15;
    List<Long> sdk = new ArrayList<>();
    List<Long> raw = new ArrayList<>();
    try (LoopbackServer server = new LoopbackServer(Payloads.API_KEY, true, new Payloads().workItems(Payloads.PER_PAGE))) {
      for (int i = 0; i < runs; i++) {
        // alternate the order, so neither side always runs right after the other
        for (String mode : i % 2 == 0 ? List.of("raw", "sdk") : List.of("sdk", "raw")) {
          long nanos = Long.parseLong(last(child(List.of(), ColdStartProbe.class, mode, server.url())).trim());
          (mode.equals("sdk") ? sdk : raw).add(nanos);
        }
      }
    }
    long sdkMedian = median(sdk);
    long rawMedian = median(raw);
    System.out.println("cold start sdk ms: " + millis(sdk) + "\ncold start raw ms: " + millis(raw));
    rows.add(String.format(Locale.ROOT,
        "| cold start: builder() to first decoded work item, median of %d fresh JVMs | %.1f ms | %.1f ms | %.2f | (reported) | – |",
        runs, sdkMedian / 1e6, rawMedian / 1e6, (double) sdkMedian / rawMedian));
  }

  // ---- helpers

  /**
   * The SDK/raw ratio of each measurement iteration of {@link OverheadBench#getWorkItemAlternating},
   * from the time each side spent in it; the median over all forks' iterations is the figure.
   */
  private void alternatingRow(String figure, RunResult result, double goal) {
    List<Double> ratios = new ArrayList<>();
    double sdkNanos = 0;
    double rawNanos = 0;
    for (BenchmarkResult fork : result.getBenchmarkResults()) {
      for (IterationResult iteration : fork.getIterationResults()) {
        double s = iteration.getSecondaryResults().get("sdkNanos").getScore();
        double r = iteration.getSecondaryResults().get("rawNanos").getScore();
        ratios.add(s / r);
        sdkNanos += s;
        rawNanos += r;
      }
    }
    // the score is the mean time of one call, either side's
    double perCall = result.getPrimaryResult().getScore();
    double ratio = PairedProbe.quantile(ratios, 0.5);
    rows.add(String.format(Locale.ROOT, "| %s | %.1f us | %.1f us | %.3f (IQR %.3f–%.3f over %d iterations) | ≤ %s× | %s |",
        figure, 2 * perCall * sdkNanos / (sdkNanos + rawNanos), 2 * perCall * rawNanos / (sdkNanos + rawNanos),
        ratio, PairedProbe.quantile(ratios, 0.25), PairedProbe.quantile(ratios, 0.75), ratios.size(),
        goal, met(ratio <= goal)));
    System.out.printf(Locale.ROOT, "%s: ratio %.3f over %d iterations%n", figure, ratio, ratios.size());
  }

  /** The JMH results of one class by method name, of one {@code items} value if given. */
  private static Map<String, RunResult> byName(Collection<RunResult> results, String items) {
    Map<String, RunResult> map = new HashMap<>();
    for (RunResult r : results) {
      if (items != null && !items.equals(r.getParams().getParam("items"))) {
        continue;
      }
      String name = r.getParams().getBenchmark();
      map.put(name.substring(name.lastIndexOf('.') + 1), r);
    }
    return map;
  }

  private void ratioRow(String figure, RunResult sdk, RunResult raw, double goal) {
    double s = sdk.getPrimaryResult().getScore();
    double r = raw.getPrimaryResult().getScore();
    String unit = sdk.getPrimaryResult().getScoreUnit();
    double ratio = s / r;
    rows.add(String.format(Locale.ROOT, "| %s | %s | %s | %.3f | %s | %s |",
        figure, score(sdk), score(raw), ratio,
        Double.isNaN(goal) ? "(reported)" : "≤ " + goal + "×",
        Double.isNaN(goal) ? "–" : met(ratio <= goal)));
    System.out.printf(Locale.ROOT, "%s: sdk %s, raw %s, ratio %.3f%n", figure, score(sdk), score(raw), ratio);
    if (!unit.equals(raw.getPrimaryResult().getScoreUnit())) {
      throw new IllegalStateException("units differ");
    }
  }

  private static String score(RunResult r) {
    double score = r.getPrimaryResult().getScore();
    double error = r.getPrimaryResult().getScoreError();
    String unit = r.getPrimaryResult().getScoreUnit().replace("/op", "");
    return Double.isNaN(error)
        ? String.format(Locale.ROOT, "%.1f %s", score, unit)
        : String.format(Locale.ROOT, "%.1f ± %.1f %s", score, error, unit);
  }

  /** Runs {@code main} of a probe class in a fresh JVM and answers its lines of output. */
  private static List<String> child(List<String> jvmArgs, Class<?> main, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArgs);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(Arrays.asList(args));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
    }
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(main.getSimpleName() + " " + String.join(" ", args) + " failed");
    }
    return lines;
  }

  private static String last(List<String> lines) {
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }

  private static String millis(List<Long> nanos) {
    StringBuilder s = new StringBuilder();
    for (long n : nanos) {
      s.append(String.format(Locale.ROOT, "%.1f ", n / 1e6));
    }
    return s.toString().trim();
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.2f MB", bytes / (1024.0 * 1024.0));
  }

  private static String machine() {
    String cpu = "unknown CPU";
    long memKb = 0;
    try {
      for (String line : Files.readAllLines(Paths.get("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          cpu = line.substring(line.indexOf(':') + 1).trim();
          break;
        }
      }
      for (String line : Files.readAllLines(Paths.get("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          memKb = Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      // not Linux: leave the defaults
    }
    return String.format(Locale.ROOT,
        "Machine: %d CPUs (%s), %.1f GB RAM, %s %s (%s), %s %s; JVM args of the runner: %s",
        Runtime.getRuntime().availableProcessors(), cpu, memKb / 1024.0 / 1024.0,
        System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
        System.getProperty("java.vm.vendor"), System.getProperty("os.name"), System.getProperty("os.version"),
        ManagementFactory.getRuntimeMXBean().getInputArguments());
  }
}
