package io.github.planesdk.bench;

import io.github.planesdk.PlaneClient;
import io.github.planesdk.model.WorkItem;
import io.github.planesdk.paging.Pager;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * 2. Paging at scale: every item of a list of {@code items} work items, 100 per page, through
 * {@link Pager#items()} and through a hand-written cursor loop. One operation is the whole walk;
 * iterations are timed (not single shots) so that the JIT has settled before measuring.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PagingBench {
  @Param({"10000", "100000"})
  public long items;

  private LoopbackServer server;
  private PlaneClient plane;
  private OkHttpClient http;
  private RawPlane raw;
  private Pager<WorkItem> pager;

  @Setup
  public void start() throws IOException {
    server = new LoopbackServer(Payloads.API_KEY, true, new Payloads().workItems(items));
    plane = PlaneClient.builder().apiKey(Payloads.API_KEY).baseUrl(server.url()).build();
    pager = workItemPager(plane);
    http = new OkHttpClient();
    raw = new RawPlane(http, server.url(), Payloads.API_KEY);
  }

  static Pager<WorkItem> workItemPager(PlaneClient plane) {
    return Pager.of(
        (cursor, perPage) ->
            plane.workItems()
                .listWorkItems(Payloads.SLUG, Payloads.PROJECT_ID)
                .cursor(cursor)
                .perPage(perPage)
                .call());
  }

  @TearDown
  public void stop() throws IOException {
    plane.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    server.close();
  }

  @Benchmark
  public long walkSdk(Blackhole bh) {
    long n = 0;
    for (WorkItem item : pager.items()) {
      bh.consume(item);
      n++;
    }
    return check(n);
  }

  @Benchmark
  public long walkRaw(Blackhole bh) throws IOException {
    return check(raw.forEachWorkItem(Payloads.SLUG, Payloads.PROJECT_ID, bh::consume));
  }

  private long check(long n) {
    if (n != items) {
      throw new IllegalStateException("walked " + n + " items of " + items);
    }
    return n;
  }
}
