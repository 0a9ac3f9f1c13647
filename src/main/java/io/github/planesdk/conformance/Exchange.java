package io.github.planesdk.conformance;

import io.github.planesdk.json.PlaneJson;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;

/** One request the check sent and what came back (or the failure that came instead). */
final class Exchange {
  final String method;
  /** The filled spec path, e.g. {@code /api/v1/workspaces/acme/projects/}, without the base URL. */
  final String path;
  final int status;
  final Headers headers;
  final String body;
  final IOException failure;
  /** The query parameters sent, for reports. */
  Map<String, String> query = Map.of();
  /** How long the request took, and whether an operation was charged with it. */
  long nanos;
  boolean charged;

  private Exchange(
      String method, String path, int status, Headers headers, String body, IOException failure) {
    this.method = method;
    this.path = path;
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.failure = failure;
  }

  static Exchange of(String method, String path, int status, Headers headers, String body) {
    return new Exchange(method, path, status, headers, body, null);
  }

  static Exchange failed(String method, String path, IOException failure) {
    return new Exchange(method, path, 0, Headers.of(), "", failure);
  }

  boolean answered() {
    return failure == null;
  }

  boolean successful() {
    return answered() && status >= 200 && status < 400;
  }

  /** The body as plain JSON values (maps, lists, strings, doubles), or null when it is not JSON. */
  Object json() {
    if (body == null || body.isEmpty()) {
      return null;
    }
    try {
      return PlaneJson.moshi().adapter(Object.class).lenient().fromJson(body);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The {@code id} of a JSON object body, or null. */
  String id() {
    Object json = json();
    return json instanceof Map ? idOf(json) : null;
  }

  /**
   * The items of a page (v1 {@code results}, v2 {@code data} beside {@code pagination}) or of a
   * plain array body; null for anything else.
   */
  List<Object> items() {
    Object json = json();
    if (json instanceof List) {
      return SpecOperations.asList(json);
    }
    Map<String, Object> page = SpecOperations.asMap(json);
    Object results = page.containsKey("pagination") ? page.get("data") : page.get("results");
    return results instanceof List ? SpecOperations.asList(results) : null;
  }

  static String idOf(Object item) {
    Object id = SpecOperations.asMap(item).get("id");
    return id instanceof String ? (String) id : null;
  }

  /** The first characters of the body, on one line, for findings. */
  String bodyExcerpt() {
    String oneLine = body == null ? "" : body.replaceAll("\\s+", " ").trim();
    return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
  }

  String line() {
    return method + " " + path;
  }
}
