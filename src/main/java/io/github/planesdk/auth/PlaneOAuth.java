package io.github.planesdk.auth;

import io.github.planesdk.PlaneClient;
import io.github.planesdk.api.OAuthApi;
import io.github.planesdk.model.AppInstallation;
import io.github.planesdk.model.OAuthToken;
import java.io.Closeable;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The OAuth flows of a Plane app (Plane Cloud and the commercial editions): the consent URL,
 * the code exchange, refresh, bot tokens, revocation and the installation lookup, all through
 * the generated {@link OAuthApi}.
 *
 * <pre>{@code
 * PlaneOAuth oauth = PlaneOAuth.builder()
 *     .clientId(id).clientSecret(secret).redirectUri("https://my-app.example.com/callback")
 *     .build();
 * // bot flow: Plane calls the redirect URI with ?app_installation_id=...
 * PlaneClient plane = PlaneClient.builder().tokenProvider(oauth.botTokens(installationId)).build();
 * String slug = PlaneOAuth.installation(plane, installationId).getWorkspaceDetail().getSlug();
 * }</pre>
 *
 * <p>The token endpoint takes the client secret in the form for the user grants and as HTTP
 * Basic for the bot grant, as the Plane docs show. Tokens and secrets never appear in
 * exceptions or {@code toString()}: a refusal that quotes the client secret, the code or a token
 * sent shows {@code ██} instead (the client masks the form fields that name a secret, and the
 * Basic credential with its password). Thread-safe; {@link #close()} releases its connections.
 */
public final class PlaneOAuth implements Closeable {
  private final String clientId;
  private final String clientSecret;
  private final URI redirectUri;
  private final Clock clock;
  /** For the calls that carry the client's credentials in the form. */
  private final PlaneClient unauthenticated;
  /** For the client-credentials grant: the client's id and secret as HTTP Basic. */
  private final PlaneClient asClient;
  /** The base client this object made itself (so it shuts it down), or null when given one. */
  private final OkHttpClient ownBase;

  private PlaneOAuth(Builder builder) {
    this.clientId = builder.clientId;
    this.clientSecret = builder.clientSecret;
    this.redirectUri = builder.redirectUri;
    this.clock = builder.clock;
    // both clients derive from one base, so they share its connection pool and dispatcher
    OkHttpClient base = builder.httpClient != null ? builder.httpClient : new OkHttpClient();
    this.ownBase = builder.httpClient == null ? base : null;
    this.unauthenticated = builder.client(base, () -> null);
    this.asClient =
        builder.client(base, CredentialSource.fixed(Credential.basic(clientId, clientSecret)));
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The URL to send the user's browser to: Plane's consent screen, which then redirects to the
   * redirect URI with {@code code} and {@code state} (user flow) or {@code app_installation_id}
   * (bot flow).
   *
   * @param scopes e.g. {@code projects:read}, {@code projects.work_items:write}; empty for the
   *     app's registered scopes
   * @param state an unguessable value to check on the callback, or {@code null}
   */
  public HttpUrl authorizationUrl(Collection<String> scopes, String state) {
    String scope = scopes == null || scopes.isEmpty() ? null : String.join(" ", scopes);
    // built by the generated call, never sent: it is the browser's request
    return api(unauthenticated)
        .authorizeApp(clientId, "code", redirectUri("authorizationUrl"))
        .scope(scope)
        .state(state)
        .call()
        .request()
        .url();
  }

  /** Exchanges the code Plane passed to the redirect URI for an access and a refresh token. */
  public OAuthToken exchangeCode(String code) {
    required("code", code);
    return api(unauthenticated)
        .createOAuthToken("authorization_code")
        .code(code)
        .redirectUri(redirectUri("exchangeCode"))
        .clientId(clientId)
        .clientSecret(clientSecret)
        .execute();
  }

  /** A new access token (and, usually, a new refresh token) for a refresh token. */
  public OAuthToken refresh(String refreshToken) {
    required("refreshToken", refreshToken);
    return api(unauthenticated)
        .createOAuthToken("refresh_token")
        .clientId(clientId)
        .clientSecret(clientSecret)
        .refreshToken(refreshToken)
        .execute();
  }

  /** A bot token for an installation, with the app's registered scopes. */
  public OAuthToken botToken(UUID appInstallationId) {
    return botToken(appInstallationId, List.of());
  }

  /** A bot token for an installation, limited to {@code scopes} when not empty. */
  public OAuthToken botToken(UUID appInstallationId, Collection<String> scopes) {
    if (appInstallationId == null) {
      throw new IllegalArgumentException("appInstallationId must not be null");
    }
    String scope = scopes == null || scopes.isEmpty() ? null : String.join(" ", scopes);
    return api(asClient)
        .createOAuthToken("client_credentials")
        .appInstallationId(appInstallationId)
        .scope(scope)
        .execute();
  }

  /** Revokes an access or refresh token. */
  public void revoke(String token) {
    required("token", token);
    api(unauthenticated)
        .revokeOAuthToken(token)
        .clientId(clientId)
        .clientSecret(clientSecret)
        .execute();
  }

  /**
   * Bot tokens for a client that renews its own ({@code PlaneClient.Builder.tokenProvider}):
   * each renewal repeats the client-credentials call, as Plane gives bots no refresh token.
   */
  public TokenProvider botTokens(UUID appInstallationId) {
    if (appInstallationId == null) {
      throw new IllegalArgumentException("appInstallationId must not be null");
    }
    return () -> {
      Instant asked = clock.instant();
      return accessToken(botToken(appInstallationId), asked);
    };
  }

  /**
   * User tokens for a client that renews its own: starts with {@code issued}, a token as just
   * answered by {@link #exchangeCode} or {@link #refresh} (its expiry counts from now), then
   * refreshes with the latest refresh token. Plane may rotate the refresh token on every
   * refresh: {@code onRefresh} gets each new answer, to store its refresh token.
   */
  public TokenProvider userTokens(OAuthToken issued, Consumer<OAuthToken> onRefresh) {
    if (issued == null || issued.getRefreshToken() == null || onRefresh == null) {
      throw new IllegalArgumentException(
          "issued must be a token with a refresh token, and onRefresh must not be null");
    }
    Instant now = clock.instant();
    return new TokenProvider() {
      private AccessToken first = accessToken(issued, now);
      private String refreshToken = issued.getRefreshToken();

      @Override
      public synchronized AccessToken fetchToken() {
        if (first != null) {
          AccessToken token = first;
          first = null;
          return token;
        }
        Instant asked = clock.instant();
        OAuthToken renewed = refresh(refreshToken);
        if (renewed.getRefreshToken() != null) {
          refreshToken = renewed.getRefreshToken();
        }
        onRefresh.accept(renewed);
        return accessToken(renewed, asked);
      }
    };
  }

  /**
   * The installation with this id, seen with the app's token: its {@code workspace_detail}
   * names the workspace (slug) the API calls go to.
   *
   * @param appClient a client authenticated with the app's (bot) token
   * @throws IllegalStateException when the server lists no such installation
   */
  public static AppInstallation installation(PlaneClient appClient, UUID appInstallationId) {
    if (appInstallationId == null) {
      throw new IllegalArgumentException("appInstallationId must not be null");
    }
    List<AppInstallation> found =
        appClient.api(OAuthApi.class).listAppInstallations().id(appInstallationId).execute();
    return found.stream()
        .filter(i -> appInstallationId.equals(i.getId()))
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("no app installation " + appInstallationId));
  }

  @Override
  public void close() {
    unauthenticated.close();
    asClient.close();
    if (ownBase != null) { // the clients leave a base they were given running: this one is ours
      ownBase.dispatcher().executorService().shutdown();
      ownBase.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "PlaneOAuth(" + clientId + " @ " + unauthenticated.baseUrl() + ")";
  }

  private URI redirectUri(String call) {
    if (redirectUri == null) {
      throw new IllegalStateException(call + " needs the redirectUri: set it on the builder");
    }
    return redirectUri;
  }

  private static OAuthApi api(PlaneClient client) {
    return client.api(OAuthApi.class);
  }

  private static AccessToken accessToken(OAuthToken answer, Instant asked) {
    Long lifetime = answer.getExpiresIn();
    return AccessToken.of(
        answer.getAccessToken(), lifetime == null ? null : asked.plusSeconds(lifetime));
  }

  private static void required(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be null or blank");
    }
  }

  /**
   * Configures a {@link PlaneOAuth}. The server, HTTP client and clock are checked by {@code
   * PlaneClient.Builder} when {@link #build()} runs.
   */
  public static final class Builder {
    private String clientId;
    private String clientSecret;
    private URI redirectUri;
    private String baseUrl = PlaneClient.DEFAULT_BASE_URL;
    private OkHttpClient httpClient;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** The app's client id (Workspace settings → Integrations). Required. */
    public Builder clientId(String clientId) {
      this.clientId = Credential.headerSafe("clientId", clientId);
      return this;
    }

    /** The app's client secret. Required; never shown. */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = Credential.headerSafe("clientSecret", clientSecret);
      return this;
    }

    /** The redirect URI registered for the app; needed for the consent URL and the code exchange. */
    public Builder redirectUri(String redirectUri) {
      if (redirectUri == null || HttpUrl.parse(redirectUri) == null) {
        throw new IllegalArgumentException("redirectUri is not an http(s) URL: " + redirectUri);
      }
      this.redirectUri = URI.create(redirectUri);
      return this;
    }

    /** The Plane server; default Plane Cloud ({@code https://api.plane.so/}). */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /** A base OkHttp client (pools, proxy, TLS) to derive from. */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = httpClient;
      return this;
    }

    /** The clock that token expiry counts on; for tests. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public PlaneOAuth build() {
      if (clientId == null || clientSecret == null) {
        throw new IllegalStateException("clientId and clientSecret are required");
      }
      return new PlaneOAuth(this);
    }

    private PlaneClient client(OkHttpClient base, CredentialSource credentials) {
      return PlaneClient.builder()
          .baseUrl(baseUrl)
          .httpClient(base)
          .credentials(credentials)
          .clock(clock)
          .build();
    }
  }
}
