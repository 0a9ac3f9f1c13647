package io.github.planesdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.squareup.moshi.JsonAdapter;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The JDK value types a spec's {@code format} may generate decode and encode. */
class PlaneJsonTest {
  @Test
  void aUriRoundTrips() throws Exception {
    JsonAdapter<URI> adapter = PlaneJson.moshi().adapter(URI.class);

    URI url = adapter.fromJson("\"https://hooks.example.com/plane?x=1\"");

    assertEquals(URI.create("https://hooks.example.com/plane?x=1"), url);
    assertEquals("\"https://hooks.example.com/plane?x=1\"", adapter.toJson(url));
  }
}
