package io.github.planesdk.conformance;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.github.planesdk.json.PlaneJson;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends one request through the SDK's HTTP stack and judges the answer: the status is declared,
 * the headers and body match the spec (Atlassian's OpenAPI validator), the SDK decodes the body,
 * and the rate-limit headers are there.
 */
final class Checker {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String STATUS_UNKNOWN = "validation.response.status.unknown";
  static final String PROBLEM_JSON = "problem+json";

  private final Target target;
  private final OkHttpClient sdkHttp;
  private final OpenApiInteractionValidator validator;
  private final SdkTypes sdkTypes;
  private final RateLimitCheck rateLimit;
  private final Routes routes;
  /** Time spent on each operation's requests, for the JUnit report. */
  private final Map<String, Long> nanosByOperation = new java.util.concurrent.ConcurrentHashMap<>();

  Checker(
      Target target,
      OkHttpClient sdkHttp,
      OpenApiInteractionValidator validator,
      SdkTypes sdkTypes,
      RateLimitCheck rateLimit) {
    this.target = target;
    this.sdkHttp = sdkHttp;
    this.validator = validator;
    this.sdkTypes = sdkTypes;
    this.rateLimit = rateLimit;
    this.routes = new Routes(target);
  }

  Target target() {
    return target;
  }

  Routes routes() {
    return routes;
  }

  /** Seconds spent on the requests judged for this operation (by {@link SpecOperation#key()}). */
  double seconds(String key) {
    return nanosByOperation.getOrDefault(key, 0L) / 1e9;
  }

  /** Charges an exchange's time to an operation (every judged exchange is charged once). */
  void charge(SpecOperation op, Exchange ex) {
    if (!ex.charged) {
      ex.charged = true;
      nanosByOperation.merge(op.key(), ex.nanos, Long::sum);
    }
  }

  /** Sends through the SDK's client (its auth and pacing interceptors). */
  Exchange send(String method, String path, Map<String, String> query, String json) {
    return send(sdkHttp, method, path, query, json);
  }

  Exchange send(OkHttpClient client, String method, String path, Map<String, String> query, String json) {
    HttpUrl.Builder url = target.baseUrl.resolve(path.substring(1)).newBuilder();
    query.forEach(url::addQueryParameter);
    RequestBody body = null;
    if (json != null) {
      body = RequestBody.create(json, JSON);
    } else if (!method.equals("GET") && !method.equals("DELETE") && !method.equals("HEAD")) {
      body = RequestBody.create(new byte[0], null);
    }
    okhttp3.Request request =
        new okhttp3.Request.Builder().url(url.build()).method(method, body).build();
    long start = System.nanoTime();
    Exchange ex;
    try (Response response = client.newCall(request).execute()) {
      String text = response.body() == null ? "" : response.body().string();
      ex = Exchange.of(method, path, response.code(), response.headers(), text);
    } catch (IOException e) {
      ex = Exchange.failed(method, path, e);
    } catch (RuntimeException e) {
      // an interceptor of the SDK may throw its own unchecked exception
      ex = Exchange.failed(method, path, new IOException(e.getMessage(), e));
    }
    ex.query = query;
    ex.nanos = System.nanoTime() - start;
    return ex;
  }

  /**
   * Judges the answer to a request that should succeed. First: does the server have the
   * operation at all ({@link Routes})? Only then status, headers and body.
   */
  List<Finding> expectSuccess(SpecOperation op, Exchange ex, String check) {
    charge(op, ex);
    if (!ex.answered()) {
      return List.of(noAnswer(check, ex));
    }
    Finding absent = routes.notSupported(op, ex, check);
    if (absent != null) {
      return new ArrayList<>(List.of(absent));
    }
    List<Finding> found = conformance(op, ex, check);
    boolean shapeOk = found.isEmpty();
    int status = ex.status;
    if (ex.successful() || (op.successStatus() == 0 && op.declares(status))) {
      // an operation may declare no success at all (a route the server always refuses)
      if (shapeOk) {
        found.add(Finding.pass(check, ex.line() + " answered " + status + " as the spec says"
            + decodedAs(op, ex)));
      }
    } else if (op.isRead() && (status == 400 || status == 422)) {
      found.add(Finding.deviation(check, "a read the spec allows was refused: " + ex.line()
          + query(ex) + " answered " + status + ": " + ex.bodyExcerpt()));
    } else if (status == 404) {
      found.add(Finding.deviation(check, "expected " + op.successStatus() + ", got 404 from "
          + ex.line() + ": " + ex.bodyExcerpt()));
    } else if (Set.of(400, 403, 409, 422).contains(status) && op.declares(status)) {
      found.add(Finding.skipped(check, "the server refused " + ex.line() + " with " + status
          + " (the request needs data or rights this check does not have): " + ex.bodyExcerpt()));
    } else if (status == 429) {
      found.add(Finding.skipped(check, ex.line() + " was still rate-limited (429) after the SDK's retries"));
    } else if (op.declares(status)) {
      found.add(Finding.deviation(check, "expected " + op.successStatus() + ", got " + status
          + " from " + ex.line() + ": " + ex.bodyExcerpt()));
    }
    return found;
  }

  /** Judges an answer that should have one of these statuses (a 404, a 401, ...). */
  List<Finding> expectStatus(SpecOperation op, Exchange ex, String check, Set<Integer> statuses, String why) {
    charge(op, ex);
    if (!ex.answered()) {
      return List.of(noAnswer(check, ex));
    }
    List<Finding> found = conformance(op, ex, check);
    if (!statuses.contains(ex.status)) {
      found.add(Finding.deviation(check, "expected " + join(statuses) + " " + why + ", got "
          + ex.status + " from " + ex.line() + (ex.body.isEmpty() ? "" : ": " + ex.bodyExcerpt())));
    } else if (found.isEmpty()) {
      found.add(Finding.pass(check, ex.line() + " " + why + " answered " + ex.status
          + " with a body the spec allows"));
    }
    return found;
  }

  /** The deviations of an answer, whatever its status: undeclared status, schema, decoding, headers. */
  List<Finding> conformance(SpecOperation op, Exchange ex, String check) {
    List<Finding> found = new ArrayList<>();
    if (!op.declares(ex.status)) {
      found.add(Finding.deviation(check, "status " + ex.status + " from " + ex.line()
          + " is not declared (the spec declares " + String.join(", ", op.statuses()) + ")"
          + (ex.body.isEmpty() ? "" : ": " + ex.bodyExcerpt())));
    }
    ValidationReport report =
        validator.validateResponse(ex.path, Request.Method.valueOf(op.method()), response(ex));
    for (ValidationReport.Message m : report.getMessages()) {
      if (m.getLevel() == ValidationReport.Level.ERROR && !STATUS_UNKNOWN.equals(m.getKey())) {
        found.add(Finding.deviation(check, "the " + ex.status + " answer to " + ex.line()
            + " does not match the spec: " + describe(m)));
      }
    }
    if (ex.successful()) {
      String decodeError = decodeError(op, ex);
      if (decodeError != null) {
        found.add(Finding.deviation(check, decodeError));
      }
    }
    if (op.version() == ApiVersion.V2 && ex.status >= 400) {
      String problem = problemJsonProblem(ex);
      if (problem != null) {
        found.add(Finding.deviation(PROBLEM_JSON, problem));
      }
    }
    found.addAll(rateLimit.inspect(op, ex));
    return found;
  }

  /**
   * API v2 errors are RFC 9457 problems: {@code application/problem+json} with string
   * {@code type}, {@code code} and {@code detail}. Null when this error answer is one, else what
   * is wrong with it.
   */
  static String problemJsonProblem(Exchange ex) {
    String type = String.valueOf(ex.headers.get("Content-Type"));
    Map<String, Object> body = SpecOperations.asMap(ex.json());
    List<String> missing = new ArrayList<>();
    for (String member : List.of("type", "code", "detail")) {
      if (!(body.get(member) instanceof String)) {
        missing.add(member);
      }
    }
    if (type.startsWith("application/problem+json") && missing.isEmpty()) {
      return null;
    }
    return "the " + ex.status + " answer to " + ex.line() + query(ex) + " is not an RFC 9457 problem: "
        + (type.startsWith("application/problem+json") ? "" : "Content-Type " + type + ", ")
        + (missing.isEmpty() ? "" : "no string " + String.join(", ", missing) + ", ") + "body " + ex.bodyExcerpt();
  }

  /** The problems the spec finds in a request body we built, or an empty list. */
  List<String> requestProblems(SpecOperation op, String path, String json) {
    SimpleRequest.Builder request = new SimpleRequest.Builder(op.method(), path);
    if (json != null) {
      request.withBody(json).withContentType("application/json");
    }
    List<String> problems = new ArrayList<>();
    for (ValidationReport.Message m : validator.validateRequest(request.build()).getMessages()) {
      if (m.getLevel() == ValidationReport.Level.ERROR && m.getKey().startsWith("validation.request.body")) {
        problems.add(describe(m));
      }
    }
    return problems;
  }

  /** The innermost messages: they carry the JSON path and the exact difference. */
  private static String describe(ValidationReport.Message m) {
    List<String> leaves = new ArrayList<>();
    collectLeaves(m, leaves);
    return String.join("; ", leaves).replaceAll("\\s+", " ");
  }

  private static void collectLeaves(ValidationReport.Message m, List<String> leaves) {
    if (m.getNestedMessages().isEmpty()) {
      leaves.add(m.getMessage());
      return;
    }
    for (ValidationReport.Message nested : m.getNestedMessages()) {
      collectLeaves(nested, leaves);
    }
  }

  private String decodedAs(SpecOperation op, Exchange ex) {
    Type type = sdkTypes.bodyType(op);
    if (type == null || type == Void.class || ex.body.isEmpty()) {
      return "";
    }
    return "; the SDK decodes it as " + simpleName(type);
  }

  private String decodeError(SpecOperation op, Exchange ex) {
    Type type = sdkTypes.bodyType(op);
    if (type == null || type == Void.class || ex.body.isEmpty()) {
      return null;
    }
    try {
      PlaneJson.moshi().adapter(type).fromJson(ex.body);
      return null;
    } catch (IOException | RuntimeException e) {
      return "the SDK cannot decode the " + ex.status + " answer to " + ex.line() + " as "
          + simpleName(type) + ": " + e.getMessage();
    }
  }

  private static SimpleResponse response(Exchange ex) {
    SimpleResponse.Builder response = new SimpleResponse.Builder(ex.status);
    for (String name : ex.headers.names()) {
      response.withHeader(name, ex.headers.values(name));
    }
    if (!ex.body.isEmpty()) {
      response.withBody(ex.body);
    }
    return response.build();
  }

  /** The query of an exchange as it was sent ({@code ?per_page=0}), or empty. */
  static String query(Exchange ex) {
    if (ex.query == null || ex.query.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    ex.query.forEach((k, v) -> parts.add(k + "=" + v));
    return "?" + String.join("&", parts);
  }

  private static Finding noAnswer(String check, Exchange ex) {
    return Finding.deviation(check, ex.line() + " got no answer: "
        + ex.failure.getClass().getSimpleName() + ": " + ex.failure.getMessage());
  }

  private static String simpleName(Type type) {
    return type.getTypeName().replaceAll("[a-z0-9_]+\\.", "");
  }

  private static String join(Set<Integer> statuses) {
    List<String> parts = new ArrayList<>();
    new java.util.TreeSet<>(statuses).forEach(s -> parts.add(String.valueOf(s)));
    return String.join(" or ", parts);
  }
}
