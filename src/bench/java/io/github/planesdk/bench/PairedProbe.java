package io.github.planesdk.bench;

import io.github.planesdk.PlaneClient;
import io.github.planesdk.model.WorkItem;
import io.github.planesdk.paging.Pager;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import okhttp3.OkHttpClient;

/**
 * The SDK and the baseline timed in alternation, in a JVM of its own: round after round, a block
 * of SDK calls and a block of raw calls (which goes first alternates), each block's time per
 * call kept. On a shared machine the load drifts over seconds; two blocks a fraction of a
 * second apart see nearly the same load, so the ratio of each pair is far steadier than the
 * ratio of two benchmarks run one after the other. The figure is the median of those ratios.
 *
 * <p>The CPU time of the calling thread is kept too: it is what the client itself spends
 * (OkHttp runs a synchronous call on the caller's thread), without the server's share or the
 * waits, and so is the steadiest view of what the SDK adds.
 *
 * <p>{@code java PairedProbe get|list|walk <items> <rounds> <blockMillis> <warmupMillis>}; prints
 * one line per round: {@code round <sdk wall> <raw wall> <sdk cpu> <raw cpu>}, nanoseconds per
 * call. {@link BenchMain} pools the rounds of several such JVMs, since each JVM compiles the code
 * its own way.
 */
public final class PairedProbe {
  private interface Op {
    void run() throws Exception;
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static volatile Object sink;

  public static void main(String[] args) throws Exception {
    String figure = args[0];
    long items = Long.parseLong(args[1]);
    int rounds = Integer.parseInt(args[2]);
    long blockNanos = Long.parseLong(args[3]) * 1_000_000L;
    long warmupNanos = Long.parseLong(args[4]) * 1_000_000L;
    try (LoopbackServer server = new LoopbackServer(Payloads.API_KEY, true, new Payloads().workItems(items))) {
      PlaneClient plane = PlaneClient.builder().apiKey(Payloads.API_KEY).baseUrl(server.url()).build();
      OkHttpClient http = new OkHttpClient();
      RawPlane raw = new RawPlane(http, server.url(), Payloads.API_KEY);
      Op sdkOp;
      Op rawOp;
      switch (figure) {
        case "get":
          sdkOp = () -> sink = plane.workItems()
              .getWorkItem(Payloads.SLUG, Payloads.PROJECT_ID, Payloads.WORK_ITEM_ID)
              .execute();
          rawOp = () -> sink = raw.getWorkItem(Payloads.SLUG, Payloads.PROJECT_ID, Payloads.WORK_ITEM_ID);
          break;
        case "list":
          sdkOp = () -> sink = plane.workItems()
              .listWorkItems(Payloads.SLUG, Payloads.PROJECT_ID)
              .perPage(Payloads.PER_PAGE)
              .execute();
          rawOp = () -> sink = raw.listWorkItems(Payloads.SLUG, Payloads.PROJECT_ID, null, Payloads.PER_PAGE);
          break;
        case "walk":
          Pager<WorkItem> pager = PagingBench.workItemPager(plane);
          sdkOp = () -> {
            long n = 0;
            for (WorkItem item : pager.items()) {
              sink = item;
              n++;
            }
            check(n, items);
          };
          rawOp = () -> check(raw.forEachWorkItem(Payloads.SLUG, Payloads.PROJECT_ID, item -> sink = item), items);
          break;
        default:
          throw new IllegalArgumentException(figure);
      }
      // warm up both until the JIT has settled, then size the blocks
      long warmupEnd = System.nanoTime() + warmupNanos;
      while (System.nanoTime() < warmupEnd) {
        time(sdkOp, 1);
        time(rawOp, 1);
      }
      int perBlock = (int) Math.max(1, blockNanos / Math.max(1, time(rawOp, 5) / 5));
      for (int r = 0; r < rounds; r++) {
        long[] s;
        long[] b;
        if (r % 2 == 0) {
          s = timeWithCpu(sdkOp, perBlock);
          b = timeWithCpu(rawOp, perBlock);
        } else {
          b = timeWithCpu(rawOp, perBlock);
          s = timeWithCpu(sdkOp, perBlock);
        }
        // per call: wall SDK, wall raw, CPU SDK, CPU raw
        System.out.println(String.format(Locale.ROOT, "round %.0f %.0f %.0f %.0f",
            s[0] / (double) perBlock, b[0] / (double) perBlock, s[1] / (double) perBlock, b[1] / (double) perBlock));
      }
      plane.close();
      http.dispatcher().executorService().shutdown();
    }
  }

  private static long time(Op op, int times) throws Exception {
    long start = System.nanoTime();
    for (int i = 0; i < times; i++) {
      op.run();
    }
    return System.nanoTime() - start;
  }

  /** Wall and calling-thread CPU nanoseconds of {@code times} runs. */
  private static long[] timeWithCpu(Op op, int times) throws Exception {
    long cpu = THREADS.getCurrentThreadCpuTime();
    long wall = time(op, times);
    return new long[] {wall, THREADS.getCurrentThreadCpuTime() - cpu};
  }

  private static void check(long n, long expected) {
    if (n != expected) {
      throw new IllegalStateException("walked " + n + " items of " + expected);
    }
  }

  static double quantile(List<Double> values, double q) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    double pos = q * (sorted.size() - 1);
    int lo = (int) Math.floor(pos);
    int hi = (int) Math.ceil(pos);
    return sorted.get(lo) + (sorted.get(hi) - sorted.get(lo)) * (pos - lo);
  }
}
