package io.github.planesdk.bench;

import io.github.planesdk.PlaneClient;
import io.github.planesdk.model.WorkItem;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * 2. Paging memory, run in a JVM of its own with a small heap: walks a list of work items from
 * the server at {@code baseUrl} and, every {@link #SAMPLE_EVERY} items, collects garbage and
 * reads the heap still in use. The largest such reading is the peak retained heap of the walk.
 *
 * <p>{@code java PagingMemoryProbe sdk|raw|sdk-collect <baseUrl> <items>}; {@code sdk-collect}
 * keeps every item in a list, to show the probe sees retention when there is some. Prints one
 * line: {@code items=<n> maxRetained=<bytes> samples=<n> drift=<bytes>}.
 */
public final class PagingMemoryProbe {
  static final int SAMPLE_EVERY = 1_000;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final List<Long> retained = new ArrayList<>();

  private void sample() {
    memory.gc();
    retained.add(memory.getHeapMemoryUsage().getUsed());
  }

  /**
   * How much the retained heap grew from the first sample to the last, by a least-squares line
   * through all samples: the heap in use after a GC wobbles by a few hundred KB with the JDK's
   * and OkHttp's own buffers, so the trend says more than the two ends.
   */
  private long drift() {
    int n = retained.size();
    if (n < 2) {
      return 0;
    }
    double meanX = (n - 1) / 2.0;
    double meanY = retained.stream().mapToLong(Long::longValue).average().orElse(0);
    double num = 0;
    double den = 0;
    for (int i = 0; i < n; i++) {
      num += (i - meanX) * (retained.get(i) - meanY);
      den += (i - meanX) * (i - meanX);
    }
    return Math.round(num / den * (n - 1));
  }

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    String baseUrl = args[1];
    long expected = Long.parseLong(args[2]);
    PagingMemoryProbe probe = new PagingMemoryProbe();
    long n = 0;
    if (mode.equals("raw")) {
      OkHttpClient http = new OkHttpClient();
      RawPlane raw = new RawPlane(http, baseUrl, Payloads.API_KEY);
      long[] count = {0};
      n = raw.forEachWorkItem(Payloads.SLUG, Payloads.PROJECT_ID, item -> {
        if (++count[0] % SAMPLE_EVERY == 0) {
          probe.sample();
        }
      });
    } else {
      boolean collect = mode.equals("sdk-collect");
      List<WorkItem> kept = new ArrayList<>();
      try (PlaneClient plane = PlaneClient.builder().apiKey(Payloads.API_KEY).baseUrl(baseUrl).build()) {
        for (WorkItem item : PagingBench.workItemPager(plane).items()) {
          if (collect) {
            kept.add(item);
          }
          if (++n % SAMPLE_EVERY == 0) {
            probe.sample();
          }
        }
      }
      if (kept.size() != (collect ? n : 0)) {
        throw new IllegalStateException("lost items");
      }
    }
    if (n != expected) {
      throw new IllegalStateException("walked " + n + " items of " + expected);
    }
    long max = probe.retained.stream().mapToLong(Long::longValue).max().orElse(0);
    System.out.println(
        "items=" + n + " maxRetained=" + max + " samples=" + probe.retained.size() + " drift=" + probe.drift());
  }
}
