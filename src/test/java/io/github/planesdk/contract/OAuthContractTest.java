package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.PlaneClient;
import io.github.planesdk.api.OAuthApi;
import io.github.planesdk.auth.PlaneOAuth;
import io.github.planesdk.model.AppInstallation;
import io.github.planesdk.model.OAuthToken;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

/**
 * The OAuth operations, called through {@link PlaneOAuth} and the generated {@link OAuthApi}:
 * Prism checks the form bodies, the Basic and bearer credentials, and the absence of any
 * credential where the spec takes none.
 */
class OAuthContractTest extends ContractTestBase {
  private static final UUID INSTALLATION_ID =
      UUID.fromString("34b97361-8636-43dc-953e-90deedc8498f");
  private static final String REDIRECT_URI = "https://my-app.example.com/callback";

  private PlaneOAuth oauth(PlaneClient base) {
    return PlaneOAuth.builder()
        .clientId("plane_app_client")
        .clientSecret("plane_app_secret")
        .redirectUri(REDIRECT_URI)
        .baseUrl(base.baseUrl().toString())
        .httpClient(base.httpClient())
        .build();
  }

  @Test
  @Covers("authorizeApp")
  void authorizeAppRedirectsTheBrowser() {
    Response<Void> response =
        plane
            .api(OAuthApi.class)
            .authorizeApp("plane_app_client", "code", URI.create(REDIRECT_URI))
            .scope("projects:read")
            .state("s-1")
            .executeForResponse();

    assertEquals(302, response.code());
    assertTrue(response.headers().get("Location").startsWith("https://app.plane.so/"));
  }

  @Test
  @Covers("createOAuthToken")
  void exchangeCodeAndRefresh() {
    try (PlaneOAuth oauth = oauth(plane)) {
      OAuthToken issued = oauth.exchangeCode("code-from-the-callback");
      OAuthToken refreshed = oauth.refresh(issued.getRefreshToken());

      for (OAuthToken token : List.of(issued, refreshed)) {
        assertTrue(token.getAccessToken().startsWith("pln_"), token.getAccessToken());
        assertTrue(token.getRefreshToken().startsWith("pln_refresh_"));
        assertEquals("Bearer", token.getTokenType());
        assertEquals(86400L, token.getExpiresIn());
      }
    }
  }

  @Test
  @Covers("createOAuthToken")
  void botToken() {
    try (PlaneClient preferBot = PreferExample.client(plane, "bot");
        PlaneOAuth oauth = oauth(preferBot)) {
      OAuthToken bot = oauth.botToken(INSTALLATION_ID, List.of("projects:read"));

      assertTrue(bot.getAccessToken().startsWith("pln_bot_"));
      assertNull(bot.getRefreshToken());
      assertEquals(86400L, bot.getExpiresIn());
    }
  }

  @Test
  @Covers("revokeOAuthToken")
  void revoke() {
    try (PlaneOAuth oauth = oauth(plane)) {
      oauth.revoke("pln_refresh_0a1b2c3d4e5f60718293a4b5c6d7e8f9");
    }
  }

  @Test
  @Covers("listAppInstallations")
  void installationNamesTheWorkspace() {
    try (PlaneClient bot =
        PlaneClient.builder()
            .accessToken("pln_bot_7e6d5c4b3a29181706f5e4d3c2b1a098")
            .baseUrl(plane.baseUrl().toString())
            .httpClient(plane.httpClient())
            .build()) {
      AppInstallation installation = PlaneOAuth.installation(bot, INSTALLATION_ID);

      assertEquals("sdk-test", installation.getWorkspaceDetail().getSlug());
      assertEquals("installed", installation.getStatus());
      assertEquals(WORKSPACE_ID, installation.getWorkspace());
      // the same token reaches the API: the spec accepts a bearer token wherever a key goes
      assertEquals(USER_ID, bot.users().getCurrentUser().execute().getId());
    }
  }
}
