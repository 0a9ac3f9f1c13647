package io.github.planesdk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2026-11-27T23:00:00Z");

  @Test
  void seconds() {
    assertEquals(Duration.ofSeconds(60), RetryAfter.parse("60", NOW));
    assertEquals(Duration.ofSeconds(5), RetryAfter.parse(" 5 ", NOW));
    assertEquals(Duration.ZERO, RetryAfter.parse("-5", NOW));
  }

  @Test
  void httpDate() {
    assertEquals(Duration.ofSeconds(90), RetryAfter.parse("Fri, 27 Nov 2026 23:01:30 GMT", NOW));
    assertEquals(Duration.ZERO, RetryAfter.parse("Fri, 27 Nov 2026 22:00:00 GMT", NOW));
  }

  @Test
  void absentOrUnreadable() {
    assertNull(RetryAfter.parse(null, NOW));
    assertNull(RetryAfter.parse("", NOW));
    assertNull(RetryAfter.parse("soon", NOW));
  }
}
