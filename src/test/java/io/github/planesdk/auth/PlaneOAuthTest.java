package io.github.planesdk.auth;

import static io.github.planesdk.Fixtures.USER;
import static io.github.planesdk.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.PlaneClient;
import io.github.planesdk.errors.PlaneApiException;
import io.github.planesdk.errors.PlaneDecodingException;
import io.github.planesdk.http.FakeTime;
import io.github.planesdk.model.OAuthToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import io.github.planesdk.MockWebServers;

/** The OAuth flows against a MockWebServer: the exact requests, and what comes back. */
@ExtendWith(MockWebServers.class)
class PlaneOAuthTest {
  private static final String CLIENT_ID = "plane_app_client";
  private static final String CLIENT_SECRET = "plane_app_secret_0123456789";
  private static final String REDIRECT = "https://my-app.example.com/callback";
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final UUID INSTALLATION = UUID.fromString("34b97361-8636-43dc-953e-90deedc8498f");

  private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private PlaneOAuth oauth;

  @BeforeEach
  void start() throws IOException {
    oauth =
        PlaneOAuth.builder()
            .clientId(CLIENT_ID)
            .clientSecret(CLIENT_SECRET)
            .redirectUri(REDIRECT)
            .baseUrl(server.url("/").toString())
            .clock(time)
            .build();
  }

  @AfterEach
  void stop() throws IOException {
    oauth.close();
  }

  private static String userToken(String access, String refresh) {
    return "{\"access_token\":\"" + access + "\",\"refresh_token\":\"" + refresh + "\","
        + "\"token_type\":\"Bearer\",\"expires_in\":86400,\"scope\":\"projects:read\"}";
  }

  private static String botToken(String access) {
    return "{\"access_token\":\"" + access + "\",\"token_type\":\"Bearer\",\"expires_in\":86400,"
        + "\"scope\":\"projects:read\"}";
  }

  /** The next request, checked to be a form POST to the token endpoint. */
  private RecordedRequest tokenRequest() throws InterruptedException {
    RecordedRequest request = server.takeRequest();
    assertEquals("POST /auth/o/token/", request.getMethod() + " " + request.getPath());
    assertEquals(FORM, request.getHeader("Content-Type"));
    assertNull(request.getHeader("X-API-Key"));
    return request;
  }

  @Test
  void authorizationUrlForTheBrowser() {
    assertEquals(
        server.url("/") + "auth/o/authorize-app/?client_id=plane_app_client&response_type=code"
            + "&redirect_uri=https%3A%2F%2Fmy-app.example.com%2Fcallback"
            + "&scope=projects%3Aread%20projects.work_items%3Awrite&state=s-42",
        oauth.authorizationUrl(List.of("projects:read", "projects.work_items:write"), "s-42")
            .toString());
    assertEquals(0, server.getRequestCount(), "building the URL sends nothing");
  }

  @Test
  void exchangeCodeSendsTheSecretInTheFormAndNoAuthorization() throws InterruptedException {
    server.enqueue(json(200, userToken("pln_access_1", "pln_refresh_1")));

    OAuthToken token = oauth.exchangeCode("code-from-callback");

    RecordedRequest request = tokenRequest();
    assertNull(request.getHeader("Authorization"));
    assertEquals(
        "grant_type=authorization_code&code=code-from-callback"
            + "&redirect_uri=https%3A%2F%2Fmy-app.example.com%2Fcallback"
            + "&client_id=plane_app_client&client_secret=plane_app_secret_0123456789",
        request.getBody().readUtf8());
    assertEquals("pln_access_1", token.getAccessToken());
    assertEquals("pln_refresh_1", token.getRefreshToken());
    assertEquals(86400L, token.getExpiresIn());
    assertFalse(token.toString().contains("pln_"), token.toString());
  }

  @Test
  void refreshSendsTheRefreshToken() throws InterruptedException {
    server.enqueue(json(200, userToken("pln_access_2", "pln_refresh_2")));

    assertEquals("pln_access_2", oauth.refresh("pln_refresh_1").getAccessToken());

    RecordedRequest request = tokenRequest();
    assertNull(request.getHeader("Authorization"));
    assertEquals(
        "grant_type=refresh_token&client_id=plane_app_client"
            + "&client_secret=plane_app_secret_0123456789&refresh_token=pln_refresh_1",
        request.getBody().readUtf8());
  }

  @Test
  void botTokenAuthenticatesTheClientWithBasic() throws InterruptedException {
    server.enqueue(json(200, botToken("pln_bot_1")));

    OAuthToken bot = oauth.botToken(INSTALLATION, List.of("projects:read", "projects:write"));

    RecordedRequest request = tokenRequest();
    String expected =
        Base64.getEncoder()
            .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
    assertEquals("Basic " + expected, request.getHeader("Authorization"));
    assertEquals(
        "grant_type=client_credentials&app_installation_id=" + INSTALLATION
            + "&scope=projects%3Aread%20projects%3Awrite",
        request.getBody().readUtf8());
    assertEquals("pln_bot_1", bot.getAccessToken());
    assertNull(bot.getRefreshToken());
  }

  @Test
  void revokeSendsTheTokenAndTheClient() throws InterruptedException {
    server.enqueue(json(200, ""));

    oauth.revoke("pln_refresh_1");

    RecordedRequest request = server.takeRequest();
    assertEquals("POST /auth/o/revoke-token/", request.getMethod() + " " + request.getPath());
    assertNull(request.getHeader("Authorization"));
    assertEquals(
        "token=pln_refresh_1&client_id=plane_app_client&client_secret=plane_app_secret_0123456789",
        request.getBody().readUtf8());
  }

  @Test
  void aBotClientRepeatsTheClientCredentialsGrantWhenItsTokenIsRefused() throws Exception {
    server.enqueue(json(200, botToken("pln_bot_1")));
    server.enqueue(json(200, installations()));
    server.enqueue(json(401, "{\"detail\":\"Token expired\"}"));
    server.enqueue(json(200, botToken("pln_bot_2")));
    server.enqueue(json(200, USER));
    try (PlaneClient plane = botClient(oauth.botTokens(INSTALLATION))) {
      assertEquals(
          "sdk-test", PlaneOAuth.installation(plane, INSTALLATION).getWorkspaceDetail().getSlug());
      plane.users().getCurrentUser().execute();
    }

    List<String> seen = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      RecordedRequest r = server.takeRequest();
      seen.add(r.getPath() + " " + r.getHeader("Authorization"));
    }
    String basic = "Basic " + Base64.getEncoder().encodeToString(
        (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
    assertEquals(
        List.of(
            "/auth/o/token/ " + basic,
            "/auth/o/app-installation/?id=" + INSTALLATION + " Bearer pln_bot_1",
            "/api/v1/users/me/ Bearer pln_bot_1",
            "/auth/o/token/ " + basic,
            "/api/v1/users/me/ Bearer pln_bot_2"),
        seen);
  }

  @Test
  void userTokensStartWithTheIssuedOneThenRefreshWithTheLatestRefreshToken() throws Exception {
    List<OAuthToken> stored = new ArrayList<>();
    server.enqueue(json(200, USER));
    server.enqueue(json(401, "{\"detail\":\"Token expired\"}"));
    server.enqueue(json(200, userToken("pln_access_2", "pln_refresh_2")));
    server.enqueue(json(200, USER));
    OAuthToken issued =
        new OAuthToken().accessToken("pln_access_1").refreshToken("pln_refresh_1").expiresIn(86400L);
    try (PlaneClient plane = botClient(oauth.userTokens(issued, stored::add))) {
      plane.users().getCurrentUser().execute();
      plane.users().getCurrentUser().execute();
    }

    assertEquals("Bearer pln_access_1", server.takeRequest().getHeader("Authorization"));
    assertEquals("Bearer pln_access_1", server.takeRequest().getHeader("Authorization"));
    assertEquals(
        "grant_type=refresh_token&client_id=plane_app_client"
            + "&client_secret=plane_app_secret_0123456789&refresh_token=pln_refresh_1",
        tokenRequest().getBody().readUtf8());
    assertEquals("Bearer pln_access_2", server.takeRequest().getHeader("Authorization"));
    assertEquals(1, stored.size());
    assertEquals("pln_refresh_2", stored.get(0).getRefreshToken());
  }

  @Test
  void aRefusedGrantIsATypedErrorWithoutTheSecret() {
    server.enqueue(
        json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid code\"}"));

    PlaneApiException e =
        assertThrows(PlaneApiException.class, () -> oauth.exchangeCode("stale-code"));

    assertEquals(400, e.statusCode());
    assertEquals("invalid_grant", e.serverMessage());
    assertFalse(e.getMessage().contains(CLIENT_SECRET), e.getMessage());
    assertFalse(oauth.toString().contains(CLIENT_SECRET), oauth.toString());
  }

  /**
   * Answers the next call with {@code code} and an OAuth error quoting {@code echoed} back, in
   * its description (kept in the body) and, as Plane's own refusals do, in its {@code detail}
   * (the exception's message).
   */
  private void refuseQuoting(int code, String echoed) {
    server.enqueue(
        json(code, "{\"error\":\"invalid_grant\",\"error_description\":\"" + echoed
            + " is expired\",\"detail\":\"" + echoed + " is expired\"}"));
  }

  /** {@code e}'s message masks each of {@code secrets}, and shows none of them. */
  private static void assertMasked(Exception e, String... secrets) {
    String body = e instanceof PlaneApiException ? ((PlaneApiException) e).body() : "";
    assertTrue(e.getMessage().contains("██"), e.getMessage());
    for (String secret : secrets) {
      assertFalse(e.getMessage().contains(secret), e.getMessage());
      assertFalse(body.contains(secret), body);
    }
  }

  @Test
  void aRefusedCodeExchangeQuotesNeitherTheCodeNorTheSecret() {
    refuseQuoting(400, "code code-from-callback of client secret " + CLIENT_SECRET);

    PlaneApiException e =
        assertThrows(PlaneApiException.class, () -> oauth.exchangeCode("code-from-callback"));

    assertEquals(400, e.statusCode());
    assertMasked(e, "code-from-callback", CLIENT_SECRET);
  }

  @Test
  void aRefusedRefreshQuotesNeitherTheRefreshTokenNorTheSecret() {
    refuseQuoting(400, "refresh token pln_refresh_1 of client secret " + CLIENT_SECRET);

    PlaneApiException e =
        assertThrows(PlaneApiException.class, () -> oauth.refresh("pln_refresh_1"));

    assertMasked(e, "pln_refresh_1", CLIENT_SECRET);
  }

  @Test
  void aRefusedBotGrantQuotesNeitherTheBasicCredentialNorTheSecret() {
    String basic =
        Base64.getEncoder()
            .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
    refuseQuoting(401, "Basic " + basic + " (secret " + CLIENT_SECRET + ")");

    PlaneApiException e =
        assertThrows(PlaneApiException.class, () -> oauth.botToken(INSTALLATION));

    assertEquals(401, e.statusCode());
    assertMasked(e, basic, CLIENT_SECRET);
  }

  @Test
  void aRefusedRevocationQuotesNeitherTheTokenNorTheSecret() {
    refuseQuoting(400, "token pln_access_1 of client secret " + CLIENT_SECRET);

    PlaneApiException e =
        assertThrows(PlaneApiException.class, () -> oauth.revoke("pln_access_1"));

    assertMasked(e, "pln_access_1", CLIENT_SECRET);
  }

  @Test
  void anUndecodableTokenAnswerQuotesNoSecretSentNorTokenReceived() {
    server.enqueue(
        new MockResponse()
            .setHeader("Content-Type", "text/plain")
            .setBody("access_token=pln_access_9&refresh_token=pln_refresh_9 for " + CLIENT_SECRET));
    server.enqueue(
        new MockResponse()
            .setHeader("Content-Type", "text/html")
            .setBody("<html>refresh token pln_refresh_1 refused</html>"));

    PlaneDecodingException received =
        assertThrows(PlaneDecodingException.class, () -> oauth.exchangeCode("code-from-callback"));
    PlaneDecodingException sent =
        assertThrows(PlaneDecodingException.class, () -> oauth.refresh("pln_refresh_1"));

    assertMasked(received, "pln_access_9", "pln_refresh_9", CLIENT_SECRET);
    assertMasked(sent, "pln_refresh_1");
  }

  @Test
  void badArgumentsFailBeforeSending() {
    assertThrows(IllegalArgumentException.class, () -> oauth.exchangeCode(" "));
    assertThrows(IllegalArgumentException.class, () -> oauth.botToken(null));
    IllegalArgumentException secret =
        assertThrows(
            IllegalArgumentException.class,
            () -> PlaneOAuth.builder().clientSecret("plane_app_secret\n"));
    assertFalse(secret.getMessage().contains("plane_app_secret"), secret.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  private PlaneClient botClient(TokenProvider tokens) {
    return PlaneClient.builder()
        .tokenProvider(tokens)
        .baseUrl(server.url("/").toString())
        .clock(time)
        .sleeper(time)
        .build();
  }

  private static String installations() {
    return "[{\"id\":\"" + INSTALLATION + "\",\"workspace_detail\":{\"name\":\"Sdk Test\","
        + "\"slug\":\"sdk-test\",\"id\":\"9cbd4a61-6e55-4754-b9b3-0d5451c58232\",\"logo_url\":null},"
        + "\"status\":\"installed\",\"workspace\":\"9cbd4a61-6e55-4754-b9b3-0d5451c58232\","
        + "\"app_bot\":\"7286aaa7-9250-4851-a520-29c904fd7654\"}]";
  }
}
