package io.github.planesdk.auth;

import static io.github.planesdk.Fixtures.API_KEY;
import static io.github.planesdk.Fixtures.USER;
import static io.github.planesdk.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.PlaneClient;
import io.github.planesdk.errors.PlaneApiException;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import io.github.planesdk.MockWebServers;

/** A client with a fixed access token: the bearer header, its scope, and the builder's rules. */
@ExtendWith(MockWebServers.class)
class AccessTokenClientTest {
  private static final String TOKEN = "pln_4f1c2e8a9b7d6c5e4f3a2b1c0d9e8f7a";

  private final MockWebServer server = new MockWebServer();

  private PlaneClient client() {
    return PlaneClient.builder().accessToken(TOKEN).baseUrl(server.url("/").toString()).build();
  }

  @Test
  void sendsABearerHeaderAndNoKey() throws InterruptedException {
    server.enqueue(json(200, USER));
    try (PlaneClient plane = client()) {
      plane.users().getCurrentUser().execute();
    }

    RecordedRequest request = server.takeRequest();
    assertEquals("Bearer " + TOKEN, request.getHeader("Authorization"));
    assertNull(request.getHeader("X-API-Key"));
  }

  /** A fixed token, or the same token from a provider, which renews it. */
  @ParameterizedTest(name = "renewing={0}")
  @ValueSource(booleans = {false, true})
  void theTokenStaysHomeOnARedirectAndOutOfErrors(boolean renewing) throws Exception {
    try (MockWebServer elsewhere = new MockWebServer()) {
      elsewhere.enqueue(json(200, USER));
      server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", elsewhere.url("/f")));
      server.enqueue(json(403, "{\"detail\":\"Token " + TOKEN + " lacks a scope\"}"));
      PlaneClient.Builder builder =
          renewing
              ? PlaneClient.builder().tokenProvider(() -> AccessToken.of(TOKEN, null))
              : PlaneClient.builder().accessToken(TOKEN);
      try (PlaneClient plane = builder.baseUrl(server.url("/").toString()).build()) {
        OkHttpClient following = plane.httpClient().newBuilder().followRedirects(true).build();
        following.newCall(new Request.Builder().url(server.url("/api/v1/users/me/")).build())
            .execute()
            .close();
        PlaneApiException e =
            assertThrows(PlaneApiException.class, () -> plane.users().getCurrentUser().execute());

        assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
        assertFalse(e.body().contains(TOKEN), e.body());
        assertFalse(plane.httpClient().networkInterceptors().toString().contains(TOKEN));
        assertFalse(plane.httpClient().interceptors().toString().contains(TOKEN));
      }

      assertEquals("Bearer " + TOKEN, server.takeRequest().getHeader("Authorization"));
      assertNull(elsewhere.takeRequest().getHeader("Authorization"));
    }
  }

  @Test
  void exactlyOneOfKeyOrToken() {
    IllegalStateException both =
        assertThrows(
            IllegalStateException.class,
            () -> PlaneClient.builder().apiKey(API_KEY).accessToken(TOKEN).build());
    assertTrue(both.getMessage().startsWith("set exactly one of"), both.getMessage());
    assertThrows(
        IllegalStateException.class,
        () ->
            PlaneClient.builder()
                .accessToken(TOKEN)
                .tokenProvider(() -> AccessToken.of(TOKEN, null))
                .build());
    assertThrows(IllegalStateException.class, () -> PlaneClient.builder().accessToken(" ").build());
  }

  @Test
  void aTokenIsNotSentOverPlainHttpNorWithABrokenHeader() {
    IllegalStateException http =
        assertThrows(
            IllegalStateException.class,
            () -> PlaneClient.builder().accessToken(TOKEN).baseUrl("http://plane.example.com/").build());
    assertTrue(http.getMessage().contains("plain http"), http.getMessage());
    IllegalArgumentException broken =
        assertThrows(
            IllegalArgumentException.class,
            () -> PlaneClient.builder().accessToken("pln_ab\ncd"));
    assertFalse(broken.getMessage().contains("pln_ab"), broken.getMessage());
  }
}
