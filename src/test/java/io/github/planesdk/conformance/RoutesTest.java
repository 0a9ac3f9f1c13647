package io.github.planesdk.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** Whether the server has an operation is decided first, from the answer's shape. */
class RoutesTest {
  private static final SpecOperations SPEC = SpecOperations.bundled();
  private static final SpecOperation STICKIES = SPEC.find("GET", "/api/v1/workspaces/{}/stickies/");
  private static final SpecOperation WORK_ITEM = SPEC.find("GET", "/api/v1/workspaces/{}/projects/{}/work-items/{}/");
  private static final SpecOperation ESTIMATE = SPEC.find("GET", "/api/v1/workspaces/{}/projects/{}/estimates/");
  private static final SpecOperation CLOUD =
      SPEC.all().stream().filter(op -> op.cloudOnly() && op.isRead()).findFirst().orElseThrow();
  private static final Headers RATE = Headers.of("X-RateLimit-Remaining", "59", "X-RateLimit-Reset", "1800000000",
      "Content-Type", "application/json");
  private static final Headers PLAIN = Headers.of("Content-Type", "application/json");

  private final Target server = new Target(HttpUrl.get("https://plane.example.com/"), "acme", null, false, false);
  private final Routes routes = new Routes(server);

  @Test
  void djangosUnmatchedUrlIsNoSuchRoute() {
    assertTrue(Routes.unmatched(ex(404, PLAIN, "{\"error\":\"Page not found.\"}")));
    assertTrue(Routes.unmatched(ex(404, Headers.of("Content-Type", "text/html"), "<h1>Not Found</h1>")));
    // an object that does not exist: the view ran, so the throttle's headers are there
    assertEquals(false, Routes.unmatched(ex(404, RATE, "{\"error\":\"The requested resource does not exist.\"}")));
    assertEquals(false, Routes.unmatched(ex(404, PLAIN, "{\"detail\":\"No Sticky matches the given query.\"}")));
  }

  @Test
  void theReasonSaysWhichEditionLacksIt() {
    Finding estimate = routes.notSupported(ESTIMATE, ex(404, PLAIN, "{\"error\":\"Page not found.\"}"), "response");
    assertEquals(Verdict.NOT_SUPPORTED, estimate.verdict());
    assertTrue(estimate.detail().startsWith("documented, but this server version does not route it: GET "), estimate.detail());
    Finding cloud = routes.notSupported(CLOUD, ex(404, PLAIN, "{\"error\":\"Page not found.\"}"), "response");
    assertTrue(cloud.detail().startsWith("Cloud-only (`x-plane-edition: cloud`): GET "), cloud.detail());
  }

  @Test
  void aMethodTheRouteDoesNotTakeIsNotSupported() {
    Finding f = routes.notSupported(WORK_ITEM, ex(405, RATE, "{\"detail\":\"Method \\\"GET\\\" not allowed.\"}"), "response");
    assertEquals(Verdict.NOT_SUPPORTED, f.verdict());
  }

  @Test
  void aCloudOnlyOperationThatFallsToAnotherRouteIsNotSupportedOnASelfHostedServer() {
    // work-items/advanced-search/ is taken by the identifier route, which answers 403
    Finding f = routes.notSupported(CLOUD, ex(403, PLAIN, "{\"detail\":\"You do not have permission to perform this action.\"}"), "response");
    assertEquals(Verdict.NOT_SUPPORTED, f.verdict());
    assertNull(routes.notSupported(STICKIES, ex(403, PLAIN, "{\"detail\":\"x\"}"), "response"), "a community 403 is judged as usual");
  }

  @Test
  void anOperationTheServerHasIsLeftToTheOtherChecks() {
    assertNull(routes.notSupported(WORK_ITEM, ex(404, RATE, "{\"error\":\"The requested resource does not exist.\"}"), "response"));
    assertNull(routes.notSupported(STICKIES, ex(200, PLAIN, "{}"), "response"));
    Target mock = new Target(HttpUrl.get("http://127.0.0.1:4010/"), "acme", null, false, true);
    assertNull(new Routes(mock).notSupported(ESTIMATE, ex(404, PLAIN, "{\"error\":\"Page not found.\"}"), "response"),
        "the mock of the spec has every route");
  }

  @Test
  void notSupportedComesBeforeTheHeaderAndSchemaChecks() {
    // the spec declares rate-limit headers on 404: an unmatched URL has none, and that is no deviation
    Checker checker = new Checker(server, new okhttp3.OkHttpClient(),
        com.atlassian.oai.validator.OpenApiInteractionValidator.createForInlineApiSpecification(SPEC.textForValidator()).build(),
        SdkTypes.scan(), new RateLimitCheck());
    List<Finding> found = checker.expectSuccess(ESTIMATE, ex(404, PLAIN, "{\"error\":\"Page not found.\"}"), "response");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Verdict.NOT_SUPPORTED, found.get(0).verdict());
    List<Finding> refused = checker.expectSuccess(STICKIES, ex(400, PLAIN, "{\"detail\":\"Invalid cursor parameter.\"}"), "response");
    assertTrue(refused.stream().anyMatch(f -> f.verdict() == Verdict.DEVIATION
        && f.detail().startsWith("a read the spec allows was refused")), "a read that answers 400 deviates: " + refused);
  }

  private static Exchange ex(int status, Headers headers, String body) {
    return Exchange.of("GET", "/api/v1/workspaces/acme/x/", status, headers, body);
  }
}
