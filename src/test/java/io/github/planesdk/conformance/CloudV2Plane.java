package io.github.planesdk.conformance;

import io.github.planesdk.json.PlaneJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A fake of a server with API v2 (plane-api-v2.md): its project list pages by offset
 * ({@code next}, {@code previous}, {@code total_count}) or, with {@code paginate=cursor}, by an
 * opaque cursor ({@code next_cursor}, {@code has_more}), each page saying its
 * {@code pagination.style}; errors are RFC 9457 problems; an unknown {@code fields} name, an
 * unknown {@code order_by}, {@code per_page=0} and a malformed cursor are refused with 400;
 * {@code per_page} above 200 is clamped. Every other v2 URL answers a problem 404 (an edition
 * without that feature). Two faults can be switched on.
 */
final class CloudV2Plane extends Dispatcher {
  private static final String LIST = "/api/v2/workspaces/acme/projects/";
  private static final String RESET = FakePlane.RESET;

  /** Fault: cursor pages say {@code pagination.style: offset}. */
  boolean cursorPagesSayOffset;
  /** Fault: errors are plain JSON {@code {"detail": ...}}, not problems. */
  boolean plainErrors;

  private final List<Map<String, Object>> projects = new ArrayList<>();

  CloudV2Plane() {
    Map<String, Object> example = exampleProject();
    for (int i = 1; i <= 7; i++) {
      Map<String, Object> project = new LinkedHashMap<>(example);
      project.put("id", UUID.nameUUIDFromBytes(("project " + i).getBytes(StandardCharsets.UTF_8)).toString());
      project.put("identifier", "P" + i);
      project.put("name", "Project " + i);
      projects.add(project);
    }
  }

  @Override
  public synchronized MockResponse dispatch(RecordedRequest request) {
    String key = request.getHeader("X-API-Key");
    if (key == null) {
      return problem(401, "unauthorized", false);
    }
    if (!FakePlane.KEY.equals(key)) {
      return problem(403, "forbidden", false);
    }
    HttpUrl url = request.getRequestUrl();
    String path = url.encodedPath();
    if (request.getMethod().equals("GET") && path.equals(LIST)) {
      return list(url);
    }
    if (request.getMethod().equals("GET") && path.startsWith(LIST) && path.indexOf('/', LIST.length()) == path.length() - 1) {
      String id = path.substring(LIST.length(), path.length() - 1);
      return projects.stream().filter(p -> p.get("id").equals(id) || p.get("identifier").equals(id)).findFirst()
          .map(p -> json(PlaneJson.moshi().adapter(Object.class).toJson(p)))
          .orElseGet(() -> problem(404, "not_found", true));
    }
    return problem(404, "not_found", true);
  }

  private MockResponse list(HttpUrl url) {
    String perPageParam = url.queryParameter("per_page");
    int perPage = perPageParam == null ? 50 : Math.min(200, Integer.parseInt(perPageParam));
    String fields = url.queryParameter("fields");
    String orderBy = url.queryParameter("order_by");
    if (perPage < 1 || (fields != null && !fields.equals("id")) || (orderBy != null && !orderBy.matches("-?(name|created_at)"))) {
      return problem(400, "invalid_request", true);
    }
    String cursor = url.queryParameter("cursor");
    boolean cursorStyle = "cursor".equals(url.queryParameter("paginate")) || cursor != null;
    int from;
    if (cursorStyle) {
      if (cursor != null && !cursor.matches("c[0-9]+")) {
        return problem(400, "invalid_request", true);
      }
      from = cursor == null ? 0 : Integer.parseInt(cursor.substring(1));
    } else {
      from = url.queryParameter("offset") == null ? 0 : Integer.parseInt(url.queryParameter("offset"));
    }
    int to = Math.min(projects.size(), from + perPage);
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("data", projects.subList(Math.min(from, to), to));
    if (cursorStyle) {
      page.put("next_cursor", to < projects.size() ? "c" + to : null);
      page.put("has_more", to < projects.size());
    } else {
      page.put("next", to < projects.size() ? to : null);
      page.put("previous", from == 0 ? null : Math.max(0, from - perPage));
      page.put("total_count", projects.size());
    }
    page.put("pagination", Map.of("style", cursorStyle && !cursorPagesSayOffset ? "cursor" : "offset"));
    return json(PlaneJson.moshi().adapter(Object.class).serializeNulls().toJson(page));
  }

  private static MockResponse json(String body) {
    return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
        .setHeader("X-RateLimit-Remaining", FakePlane.REMAINING).setHeader("X-RateLimit-Reset", RESET).setBody(body);
  }

  private MockResponse problem(int status, String type, boolean throttled) {
    MockResponse answer = new MockResponse().setResponseCode(status);
    if (plainErrors) {
      answer.setHeader("Content-Type", "application/json").setBody("{\"detail\":\"" + type + "\"}");
    } else {
      answer.setHeader("Content-Type", "application/problem+json")
          .setBody("{\"type\":\"" + type + "\",\"code\":\"" + type + "\",\"detail\":\"The request failed: " + type + ".\"}");
    }
    if (throttled) {
      answer.setHeader("X-RateLimit-Remaining", FakePlane.REMAINING).setHeader("X-RateLimit-Reset", RESET);
    }
    return answer;
  }

  /** The project of the v2 spec's own list example: a body the spec allows, field for field. */
  private static Map<String, Object> exampleProject() {
    try (InputStream in = CloudV2Plane.class.getResourceAsStream(ApiVersion.V2.resource)) {
      LoaderOptions options = new LoaderOptions();
      options.setCodePointLimit(64 * 1024 * 1024);
      Map<String, Object> spec = new Yaml(options).load(in);
      Map<String, Object> page = path(spec, "components", "responses", "ProjectPage", "content", "application/json", "example");
      return SpecOperations.asMap(SpecOperations.asList(page.get("data")).get(0));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> path(Map<String, Object> node, String... keys) {
    Map<String, Object> at = node;
    for (String k : keys) {
      at = SpecOperations.asMap(at.get(k));
    }
    return at;
  }
}
