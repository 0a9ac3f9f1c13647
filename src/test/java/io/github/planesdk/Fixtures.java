package io.github.planesdk;

import io.github.planesdk.http.FakeTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;

/** Bodies recorded from a real Plane server, and a client wired to a MockWebServer. */
public final class Fixtures {
  public static final String API_KEY = "plane_api_0123456789abcdef0123456789abcdef";
  public static final String SLUG = "sdk-test";
  public static final UUID PROJECT_ID = UUID.fromString("1ab7ec3f-552e-4a0f-845c-0c4371e8ac2c");

  /** GET /users/me/, as recorded. */
  public static final String USER =
      "{\"id\":\"ecfe465b-8a7c-4954-aff0-1e727123bf24\",\"first_name\":\"Sdk\","
          + "\"last_name\":\"Tester\",\"email\":\"sdk-tester@example.com\",\"avatar\":\"\","
          + "\"avatar_url\":null,\"display_name\":\"sdk-tester\"}";

  /** 429, as recorded (with {@code Retry-After: 60}). */
  public static final String RATE_LIMITED =
      "{\"error_code\":5900,\"error_message\":\"RATE_LIMIT_EXCEEDED\"}";

  private Fixtures() {}

  /** A project as the server sends it (a trimmed recorded body). */
  public static String project(UUID id, String name) {
    return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"identifier\":\"RECTUF\","
        + "\"network\":2,\"member_role\":20,\"is_member\":true,\"timezone\":\"UTC\","
        + "\"created_at\":\"2026-11-27T22:52:46.201778Z\","
        + "\"workspace\":\"9cbd4a61-6e55-4754-b9b3-0d5451c58232\",\"project_lead\":null}";
  }

  /** A page of projects in Plane's envelope; {@code page} is the page index the cursor names. */
  public static String projectPage(int perPage, int page, boolean more, List<UUID> ids) {
    String results =
        ids.stream().map(id -> project(id, "Project " + id)).collect(Collectors.joining(","));
    return "{\"grouped_by\":null,\"sub_grouped_by\":null,\"total_count\":0,"
        + "\"next_cursor\":\"" + perPage + ":" + (page + 1) + ":0\","
        + "\"prev_cursor\":\"" + perPage + ":" + (page - 1) + ":1\","
        + "\"next_page_results\":" + more + ",\"prev_page_results\":" + (page > 0) + ","
        + "\"count\":" + ids.size() + ",\"total_pages\":0,\"total_results\":0,"
        + "\"extra_stats\":null,\"results\":[" + results + "]}";
  }

  public static MockResponse json(int code, String body) {
    return new MockResponse()
        .setResponseCode(code)
        .setHeader("Content-Type", "application/json")
        .setBody(body);
  }

  /** A client for {@code server} whose waits are recorded by {@code time}, not slept. */
  public static PlaneClient.Builder client(MockWebServer server, FakeTime time) {
    return PlaneClient.builder()
        .apiKey(API_KEY)
        .baseUrl(server.url("/").toString())
        .clock(time)
        .sleeper(time);
  }
}
