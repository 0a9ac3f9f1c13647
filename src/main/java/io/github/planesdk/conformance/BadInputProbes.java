package io.github.planesdk.conformance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Requests the spec says must be refused, a few per family (spec tag): {@code per_page=0},
 * {@code per_page} above the maximum, an unknown {@code order_by}, a malformed cursor, a malformed
 * UUID in a path and a malformed JSON body; on v2 also an unknown {@code fields} name (v2 refuses
 * it, v1 ignores it), but not {@code per_page} above the maximum (v2 clamps it). A 4xx passes (on
 * v2 only as an RFC 9457 problem); a 5xx is a deviation ("server error on bad input") naming the
 * request. Each kind runs once per family, on the first operation of the
 * family that answered; the malformed body only with {@code --write}, on a create.
 */
final class BadInputProbes {
  static final String CHECK = "bad input";
  static final String UNKNOWN_ORDER_BY = "plane_conformance_no_such_field";
  static final String BAD_CURSOR = "not-a-cursor";
  static final String BAD_UUID = "not-a-uuid";
  static final String BAD_JSON = "{\"name\": ";

  private final Checker checker;
  private final Set<String> done = new HashSet<>();

  BadInputProbes(Checker checker) {
    this.checker = checker;
  }

  /** The probes of a read that answered: on a list its query, on a detail its id. */
  List<Finding> read(SpecOperation op, String path, Map<String, String> query) {
    List<Finding> found = new ArrayList<>();
    if (!checker.target().stateful()) {
      return found; // Prism refuses what breaks the spec by construction
    }
    if ((op.paginated() || op.v2Page()) && !op.parameter("query", "per_page").isEmpty() && once(op, "per_page")) {
      found.add(query(op, path, query, "per_page", "0", "below the minimum"));
      Object max = op.spec().deref(op.parameter("query", "per_page").get("schema")).get("maximum");
      if (max instanceof Number && op.version() == ApiVersion.V1) {
        found.add(query(op, path, query, "per_page", String.valueOf(((Number) max).longValue() + 1),
            "above the maximum"));
      }
    }
    if (!op.parameter("query", "order_by").isEmpty() && once(op, "order_by")) {
      found.add(query(op, path, query, "order_by", UNKNOWN_ORDER_BY, "an unknown field"));
    }
    if (op.version() == ApiVersion.V2 && !op.parameter("query", "fields").isEmpty() && once(op, "fields")) {
      found.add(query(op, path, query, "fields", UNKNOWN_ORDER_BY, "an unknown field name"));
    }
    if (!op.parameter("query", "cursor").isEmpty() && once(op, "cursor")) {
      found.add(query(op, path, query, "cursor", BAD_CURSOR, "malformed"));
    }
    if (op.isDetail() && lastParamIsUuid(op) && once(op, "uuid")) {
      String bad = path.substring(0, path.lastIndexOf('/', path.length() - 2) + 1) + BAD_UUID + "/";
      found.add(judge(op, checker.send("GET", bad, query, null), "a malformed UUID in the path"));
    }
    return found;
  }

  /** With {@code --write}: a create whose body is not JSON at all. Nothing can be created by it. */
  List<Finding> write(SpecOperation create, String path) {
    if (!checker.target().stateful() || create.requestSchema().isEmpty() || !once(create, "json")) {
      return List.of();
    }
    return List.of(judge(create, checker.send(create.method(), path, Map.of(), BAD_JSON), "a malformed JSON body"));
  }

  private Finding query(SpecOperation op, String path, Map<String, String> base, String name, String value,
      String what) {
    Map<String, String> q = new LinkedHashMap<>(base);
    q.put(name, value);
    return judge(op, checker.send("GET", path, q, null), name + " " + what);
  }

  private Finding judge(SpecOperation op, Exchange ex, String what) {
    checker.charge(op, ex);
    String request = ex.line() + Checker.query(ex);
    if (!ex.answered()) {
      return Finding.deviation(CHECK, request + " (" + what + ") got no answer: " + ex.failure.getMessage());
    }
    if (ex.status >= 500) {
      return Finding.deviation(CHECK, "server error on bad input: " + request + " (" + what + ") answered "
          + ex.status + " instead of a 4xx: " + ex.bodyExcerpt());
    }
    String problem = op.version() == ApiVersion.V2 && ex.status >= 400 ? Checker.problemJsonProblem(ex) : null;
    if (problem != null) {
      return Finding.deviation(CHECK, problem + " (" + what + ")");
    }
    if (ex.status >= 400) {
      return Finding.pass(CHECK, request + " (" + what + ") was refused with " + ex.status);
    }
    return Finding.skipped(CHECK, request + " (" + what + ") was accepted with " + ex.status
        + ": the server is more lenient than the spec");
  }

  private boolean once(SpecOperation op, String kind) {
    return done.add(op.tag() + " " + kind);
  }

  private static boolean lastParamIsUuid(SpecOperation op) {
    List<String> params = op.pathParams();
    Map<String, Object> param = op.parameter("path", params.get(params.size() - 1));
    return "uuid".equals(op.spec().deref(param.get("schema")).get("format"));
  }
}
