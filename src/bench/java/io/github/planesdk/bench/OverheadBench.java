package io.github.planesdk.bench;

import io.github.planesdk.PlaneClient;
import io.github.planesdk.model.WorkItem;
import io.github.planesdk.model.WorkItemPage;
import io.github.planesdk.model.WorkItemPageOrMatch;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * 1. Per-call overhead: one {@code getWorkItem} and one page of 100 work items, through the SDK
 * and by hand, against the same loopback server and bodies.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OverheadBench {
  private LoopbackServer server;
  private PlaneClient plane;
  private OkHttpClient http;
  private RawPlane raw;

  @Setup
  public void start() throws IOException {
    server = new LoopbackServer(Payloads.API_KEY, true, new Payloads().workItems(Payloads.PER_PAGE));
    plane = PlaneClient.builder().apiKey(Payloads.API_KEY).baseUrl(server.url()).build();
    http = new OkHttpClient();
    raw = new RawPlane(http, server.url(), Payloads.API_KEY);
  }

  @TearDown
  public void stop() throws IOException {
    plane.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    server.close();
  }

  @Benchmark
  public WorkItem getWorkItemSdk() {
    return plane.workItems()
        .getWorkItem(Payloads.SLUG, Payloads.PROJECT_ID, Payloads.WORK_ITEM_ID)
        .execute();
  }

  @Benchmark
  public WorkItem getWorkItemRaw() throws IOException {
    return raw.getWorkItem(Payloads.SLUG, Payloads.PROJECT_ID, Payloads.WORK_ITEM_ID);
  }

  @Benchmark
  public WorkItemPageOrMatch listWorkItemsSdk() {
    return plane.workItems()
        .listWorkItems(Payloads.SLUG, Payloads.PROJECT_ID)
        .perPage(Payloads.PER_PAGE)
        .execute();
  }

  @Benchmark
  public WorkItemPage listWorkItemsRaw() throws IOException {
    return raw.listWorkItems(Payloads.SLUG, Payloads.PROJECT_ID, null, Payloads.PER_PAGE);
  }

  /**
   * The time each side of {@link #getWorkItemAlternating} spent, summed over an iteration. JMH
   * reports them beside the score; their ratio is the SDK's cost against raw.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class SideTimes {
    public long sdkNanos;
    public long rawNanos;
    boolean sdkFirst;

    @Setup(Level.Iteration)
    public void reset() {
      sdkNanos = 0;
      rawNanos = 0;
    }
  }

  /**
   * One SDK get and one raw get per invocation, in alternating order, each timed. In one fork,
   * the two sides share the JIT's state and the machine's load at every moment; in separate
   * forks (the two benchmarks above) those differ by a quarter on a 2-core machine, more than the
   * difference being measured.
   */
  @Benchmark
  @OperationsPerInvocation(2)
  public void getWorkItemAlternating(SideTimes times, Blackhole sink) throws IOException {
    times.sdkFirst = !times.sdkFirst;
    long start = System.nanoTime();
    sink.consume(times.sdkFirst ? getWorkItemSdk() : getWorkItemRaw());
    long middle = System.nanoTime();
    sink.consume(times.sdkFirst ? getWorkItemRaw() : getWorkItemSdk());
    long end = System.nanoTime();
    times.sdkNanos += times.sdkFirst ? middle - start : end - middle;
    times.rawNanos += times.sdkFirst ? end - middle : middle - start;
  }
}
