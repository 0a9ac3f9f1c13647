package io.github.planesdk.bench;

import io.github.planesdk.PlaneClient;
import io.github.planesdk.model.WorkItem;
import okhttp3.OkHttpClient;

/**
 * 4. Cold start, run in a fresh JVM each time: the time from {@code PlaneClient.builder()} (or
 * {@code new OkHttpClient()} for the baseline) to the first decoded work item. Nothing of
 * OkHttp, Moshi, Retrofit or the SDK is loaded before the clock starts.
 *
 * <p>{@code java ColdStartProbe sdk|raw <baseUrl>}; prints the nanoseconds.
 */
public final class ColdStartProbe {
  public static void main(String[] args) throws Exception {
    String mode = args[0];
    String baseUrl = args[1];
    long elapsed;
    WorkItem item;
    if (mode.equals("sdk")) {
      long start = System.nanoTime();
      PlaneClient plane = PlaneClient.builder().apiKey(Payloads.API_KEY).baseUrl(baseUrl).build();
      item =
          plane.workItems()
              .getWorkItem(Payloads.SLUG, Payloads.PROJECT_ID, Payloads.WORK_ITEM_ID)
              .execute();
      elapsed = System.nanoTime() - start;
      plane.close();
    } else {
      long start = System.nanoTime();
      OkHttpClient http = new OkHttpClient();
      item =
          new RawPlane(http, baseUrl, Payloads.API_KEY)
              .getWorkItem(Payloads.SLUG, Payloads.PROJECT_ID, Payloads.WORK_ITEM_ID);
      elapsed = System.nanoTime() - start;
      http.dispatcher().executorService().shutdown();
    }
    if (!Payloads.WORK_ITEM_ID.equals(item.getId())) {
      throw new IllegalStateException("unexpected work item " + item.getId());
    }
    System.out.println(elapsed);
  }
}
