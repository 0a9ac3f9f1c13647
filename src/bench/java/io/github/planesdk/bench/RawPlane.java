package io.github.planesdk.bench;

import com.squareup.moshi.JsonAdapter;
import io.github.planesdk.json.PlaneJson;
import io.github.planesdk.model.WorkItem;
import io.github.planesdk.model.WorkItemPage;
import java.io.IOException;
import java.util.UUID;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The baseline: the same requests written by hand with OkHttp, decoded by Moshi into the same
 * model classes with the same adapters. What it leaves out is what the SDK adds: Retrofit, the
 * argument checks, retries, rate-limit pacing, the key interceptor and typed errors.
 */
final class RawPlane {
  private final OkHttpClient http;
  private final HttpUrl base;
  private final String apiKey;
  private final JsonAdapter<WorkItem> workItem = PlaneJson.moshi().adapter(WorkItem.class);
  private final JsonAdapter<WorkItemPage> workItemPage = PlaneJson.moshi().adapter(WorkItemPage.class);

  RawPlane(OkHttpClient http, String baseUrl, String apiKey) {
    this.http = http;
    this.base = HttpUrl.get(baseUrl);
    this.apiKey = apiKey;
  }

  private HttpUrl.Builder workItems(String slug, UUID projectId) {
    return base.newBuilder()
        .addPathSegments("api/v1/workspaces")
        .addPathSegment(slug)
        .addPathSegment("projects")
        .addPathSegment(projectId.toString())
        .addPathSegment("work-items");
  }

  private Response send(HttpUrl url) throws IOException {
    Request request = new Request.Builder().url(url).header("X-API-Key", apiKey).build();
    Response response = http.newCall(request).execute();
    if (!response.isSuccessful()) {
      response.close();
      throw new IOException("HTTP " + response.code() + " from " + url);
    }
    return response;
  }

  WorkItem getWorkItem(String slug, UUID projectId, UUID id) throws IOException {
    HttpUrl url = workItems(slug, projectId).addPathSegment(id.toString()).addPathSegment("").build();
    try (Response response = send(url)) {
      return workItem.fromJson(response.body().source());
    }
  }

  WorkItemPage listWorkItems(String slug, UUID projectId, String cursor, int perPage) throws IOException {
    HttpUrl.Builder url =
        workItems(slug, projectId).addPathSegment("").addQueryParameter("per_page", Integer.toString(perPage));
    if (cursor != null) {
      url.addQueryParameter("cursor", cursor);
    }
    try (Response response = send(url.build())) {
      return workItemPage.fromJson(response.body().source());
    }
  }

  /** A hand-written paging loop: every item of every page; answers how many. */
  long forEachWorkItem(String slug, UUID projectId, Consumer<WorkItem> action) throws IOException {
    long n = 0;
    String cursor = null;
    while (true) {
      WorkItemPage page = listWorkItems(slug, projectId, cursor, Payloads.PER_PAGE);
      for (WorkItem item : page.getResults()) {
        action.accept(item);
        n++;
      }
      if (!Boolean.TRUE.equals(page.getNextPageResults())) {
        return n;
      }
      cursor = page.getNextCursor();
    }
  }
}
