package io.github.planesdk.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class RateLimitCheckTest {
  private final RateLimitCheck check = new RateLimitCheck();

  @Test
  void a429WithoutRetryAfterDeviates() {
    check.observe("GET /a/", 429, Headers.of());
    assertEquals(List.of("deviation 429: a 429 answer to GET /a/ has no Retry-After header"), lines("429"));
  }

  @Test
  void a429WithRetryAfterPasses() {
    check.observe("GET /a/", 429, Headers.of("Retry-After", "17"));
    assertEquals(List.of("pass 429: 1 answers were 429, each with Retry-After"), lines("429"));
  }

  @Test
  void no429IsSkippedWithTheReason() {
    assertTrue(lines("429").get(0).startsWith("skipped 429: no 429 answer came"));
  }

  @Test
  void remainingMustNotRiseWithinOneWindow() {
    check.observe("GET /a/", 200, rate(10, 1_800_000_000L));
    check.observe("GET /b/", 200, rate(12, 1_800_000_000L));
    assertEquals(
        List.of("deviation headers: X-RateLimit-Remaining rose from 10 to 12 within one window (reset 1800000000) on GET /b/"),
        lines("headers"));
  }

  @Test
  void remainingMayRiseInANewWindow() {
    check.observe("GET /a/", 200, rate(0, 1_800_000_000L));
    check.observe("GET /b/", 200, rate(59, 1_800_000_060L));
    assertEquals(List.of("pass headers: 2 answers carried consistent X-RateLimit-Remaining and X-RateLimit-Reset values"),
        lines("headers"));
  }

  @Test
  void resetMustNotGoBackAndMustBeSeconds() {
    check.observe("GET /a/", 200, rate(5, 1_800_000_060L));
    check.observe("GET /b/", 200, rate(4, 1_800_000_000L));
    check.observe("GET /c/", 200, rate(3, 1_800_000_000_000L));
    List<String> found = lines("headers");
    assertTrue(found.contains("deviation headers: X-RateLimit-Reset went back from 1800000060 to 1800000000 on GET /b/"), found.toString());
    assertTrue(found.contains("deviation headers: X-RateLimit-Reset 1800000000000 on GET /c/ is not a time in Unix seconds"), found.toString());
  }

  @Test
  void declaredHeadersMustBeThere() {
    SpecOperation me = SpecOperations.bundled().find("GET", "/api/v1/users/me/");
    Exchange ex = Exchange.of("GET", "/api/v1/users/me/", 200, Headers.of("X-RateLimit-Remaining", "3"), "{}");
    List<Finding> found = check.inspect(me, ex);
    assertEquals(1, found.size());
    assertEquals("X-RateLimit-Reset is missing from the 200 answer to GET /api/v1/users/me/ (the spec declares it)",
        found.get(0).detail());
    Exchange unauthorized = Exchange.of("GET", "/api/v1/users/me/", 401, Headers.of(), "{}");
    assertEquals(List.of(), check.inspect(me, unauthorized), "the spec declares no rate headers on 401");
  }

  private static Headers rate(long remaining, long reset) {
    return Headers.of("X-RateLimit-Remaining", String.valueOf(remaining), "X-RateLimit-Reset", String.valueOf(reset));
  }

  private List<String> lines(String checkName) {
    return check.summary().stream()
        .filter(f -> f.check().equals(checkName))
        .map(f -> f.verdict().label() + " " + f.check() + ": " + f.detail())
        .collect(Collectors.toList());
  }
}
