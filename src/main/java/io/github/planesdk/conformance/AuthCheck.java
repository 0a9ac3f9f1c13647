package io.github.planesdk.conformance;

import io.github.planesdk.PlaneClient;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * Authentication: the key in use is accepted, a request without {@code X-API-Key} gets 401 and
 * one with a made-up key is refused (401 or 403), each with an error body the spec allows.
 */
final class AuthCheck {
  static final String ROW = "authentication";

  private final Checker checker;
  private final OkHttpClient withoutKey;
  private final SpecOperation probe;
  private final String probePath;

  /**
   * @param withoutKey a client without the SDK's interceptors: the one way to send no key
   */
  AuthCheck(Checker checker, OkHttpClient withoutKey, SpecOperations spec) {
    this.checker = checker;
    this.withoutKey = withoutKey;
    this.probe = probeOf(spec);
    this.probePath = probe == null ? null : probe.path().replace("{slug}", checker.target().workspace);
  }

  /**
   * Fails the run early, with a reason, when the server cannot be reached or refuses the key:
   * every other check would only repeat that.
   */
  void requireAcceptedKey() throws SetupException {
    if (probe == null) {
      return;
    }
    Exchange ex = checker.send("GET", probePath, Map.of(), null);
    if (!ex.answered()) {
      throw new SetupException("cannot reach " + checker.target().baseUrl + ": "
          + ex.failure.getClass().getSimpleName() + ": " + ex.failure.getMessage());
    }
    if (ex.status == 401 || ex.status == 403) {
      throw new SetupException("the server refused the API key (" + ex.status + " from "
          + ex.line() + "): check --api-key / PLANE_API_KEY and --workspace");
    }
  }

  List<Finding> run() {
    if (probe == null) {
      return List.of(Finding.skipped("missing key", "the spec has no GET operation without ids to probe"));
    }
    List<Finding> found = new ArrayList<>();
    Exchange missing = checker.send(withoutKey, "GET", probePath, Map.of(), null);
    found.addAll(checker.expectStatus(probe, missing, "missing key", Set.of(401), "without X-API-Key"));
    if (!checker.target().stateful()) {
      found.add(Finding.skipped("invalid key", "the mock accepts any key"));
      return found;
    }
    // its own dispatcher and pool: closing it must not stop the shared ones
    OkHttpClient own =
        withoutKey.newBuilder().dispatcher(new Dispatcher()).connectionPool(new ConnectionPool()).build();
    PlaneClient.Builder builder =
        PlaneClient.builder().apiKey(madeUpKey()).baseUrl(checker.target().baseUrl.toString()).httpClient(own);
    if (checker.target().allowInsecureHttp) {
      builder.allowInsecureHttp();
    }
    try (PlaneClient stranger = builder.build()) {
      Exchange invalid = checker.send(stranger.httpClient(), "GET", probePath, Map.of(), null);
      found.addAll(checker.expectStatus(probe, invalid, "invalid key", Set.of(401, 403), "for a made-up key"));
    }
    return found;
  }

  /**
   * The first GET that needs no id: its answer depends on nothing but the key. One every edition
   * serves if there is one (v1); else a Cloud-only one (every v2 operation is).
   */
  private static SpecOperation probeOf(SpecOperations spec) {
    SpecOperation cloudOnly = null;
    for (SpecOperation op : spec.all()) {
      if (op.isRead() && !op.serverOnly() && op.pathParams().stream().allMatch("slug"::equals)) {
        if (!op.cloudOnly()) {
          return op;
        }
        cloudOnly = cloudOnly == null ? op : cloudOnly;
      }
    }
    return cloudOnly;
  }

  private static String madeUpKey() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    StringBuilder key = new StringBuilder("plane_api_");
    for (byte b : bytes) {
      key.append(String.format("%02x", b));
    }
    return key.toString();
  }
}
