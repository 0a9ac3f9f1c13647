package io.github.planesdk.bench;

import io.github.planesdk.PlaneClient;
import io.github.planesdk.model.WorkItem;
import io.github.planesdk.model.WorkItemPage;
import io.github.planesdk.model.WorkItemPageOrMatch;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

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
}
