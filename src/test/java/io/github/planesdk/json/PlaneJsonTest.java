package io.github.planesdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.planesdk.v2.model.Webhook;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The JDK value types of the generated models decode and encode. */
class PlaneJsonTest {
  @Test
  void aUriFieldOfAV2ModelRoundTrips() throws Exception {
    Webhook hook = PlaneJson.moshi().adapter(Webhook.class).fromJson("{\"url\":\"https://hooks.example.com/plane?x=1\"}");

    assertEquals(URI.create("https://hooks.example.com/plane?x=1"), hook.getUrl());
    assertEquals("\"https://hooks.example.com/plane?x=1\"", PlaneJson.moshi().adapter(URI.class).toJson(hook.getUrl()));
  }
}
