package io.github.planesdk.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.planesdk.request.RequestOptions;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestOptionsTest {
  @Test
  void holdsWhatWasSet() {
    RequestOptions options =
        RequestOptions.builder()
            .timeout(Duration.ofSeconds(5))
            .maxRetries(0)
            .header("X-Request-Id", "abc")
            .build();
    assertEquals(Duration.ofSeconds(5), options.timeout().orElseThrow());
    assertEquals(OptionalInt.of(0), options.maxRetries());
    assertEquals("abc", options.headers().get("X-Request-Id"));
  }

  @Test
  void noneChangesNothing() {
    assertFalse(RequestOptions.none().timeout().isPresent());
    assertFalse(RequestOptions.none().maxRetries().isPresent());
    assertEquals(Set.of(), RequestOptions.none().headers().names());
  }

  @Test
  void refusesNonsenseAndTheKeyHeader() {
    RequestOptions.Builder builder = RequestOptions.builder();
    assertThrows(IllegalArgumentException.class, () -> builder.timeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> builder.maxRetries(-1));
    assertThrows(IllegalArgumentException.class, () -> builder.header("x-api-key", "k"));
  }

  @Test
  void toStringShowsHeaderNamesOnly() {
    String text = RequestOptions.builder().header("X-Trace", "secret-value").build().toString();
    assertFalse(text.contains("secret-value"), text);
  }
}
