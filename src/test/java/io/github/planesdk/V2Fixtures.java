package io.github.planesdk;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/** API v2 bodies in the shapes of the v2 reference pages, and what a test reads off a request. */
public final class V2Fixtures {
  /** The list call of work items, as messages name it. */
  public static final String LIST_WORK_ITEMS =
      "GET /api/v2/workspaces/{slug}/projects/{project_id}/work-items/";

  private V2Fixtures() {}

  /** A work item in the v2 read shape (relations as ids). */
  public static String workItem(UUID id, int sequence) {
    return "{\"id\":\"" + id + "\",\"name\":\"Item " + sequence + "\",\"identifier\":\"ENG-"
        + sequence + "\",\"sequence_id\":" + sequence + ",\"priority\":\"high\","
        + "\"state_id\":\"f960d3c2-8524-4a41-b8eb-055ce4be2a7f\",\"type_id\":null,"
        + "\"assignee_ids\":[],\"label_ids\":[],\"parent_id\":null,\"is_draft\":false,"
        + "\"archived_at\":null,\"created_at\":\"2026-01-14T09:22:41.478363Z\"}";
  }

  /** The {@code "data":[...]} member of a page of these work items. */
  public static String data(List<UUID> ids) {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < ids.size(); i++) {
      items.append(i == 0 ? "" : ",").append(workItem(ids.get(i), i + 1));
    }
    return "\"data\":[" + items + "]";
  }

  /** An offset-style page; {@code next} null on the last page. */
  public static MockResponse offsetPage(List<UUID> ids, Integer next, Integer previous) {
    return Fixtures.json(
        200,
        "{" + data(ids) + ",\"next\":" + next + ",\"previous\":" + previous
            + ",\"total_count\":327,\"pagination\":{\"style\":\"offset\"}}");
  }

  /** A cursor-style page; {@code nextCursor} null on the last page. */
  public static MockResponse cursorPage(List<UUID> ids, String nextCursor) {
    return Fixtures.json(
        200,
        "{" + data(ids) + ",\"next_cursor\":" + (nextCursor == null ? "null" : "\"" + nextCursor + "\"")
            + ",\"has_more\":" + (nextCursor != null) + ",\"pagination\":{\"style\":\"cursor\"}}");
  }

  /** An RFC 9457 problem, as API v2 serves every error. */
  public static MockResponse problem(int status, String type, String code, String detail, String errors) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/problem+json")
        .setBody(problemBody(type, code, detail, errors));
  }

  /** {@code errors} is the JSON array, or null for none. */
  public static String problemBody(String type, String code, String detail, String errors) {
    return "{\"type\":\"" + type + "\",\"code\":\"" + code + "\",\"detail\":\"" + detail + "\""
        + (errors == null ? "" : ",\"errors\":" + errors) + "}";
  }

  /** The request's query, sorted by name; a repeated name would show as its last value. */
  public static Map<String, String> query(RecordedRequest request) {
    HttpUrl url = request.getRequestUrl();
    return url.queryParameterNames().stream()
        .collect(Collectors.toMap(n -> n, url::queryParameter, (a, b) -> b, TreeMap::new));
  }
}
