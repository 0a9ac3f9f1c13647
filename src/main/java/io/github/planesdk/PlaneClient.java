package io.github.planesdk;

import io.github.planesdk.api.AdvancedSearchApi;
import io.github.planesdk.api.AssetsApi;
import io.github.planesdk.api.CustomerPropertiesApi;
import io.github.planesdk.api.CustomerRequestsApi;
import io.github.planesdk.api.CustomersApi;
import io.github.planesdk.api.CyclesApi;
import io.github.planesdk.api.EpicsApi;
import io.github.planesdk.api.EstimatesApi;
import io.github.planesdk.api.FeaturesApi;
import io.github.planesdk.api.IdPGroupSyncApi;
import io.github.planesdk.api.InboxIssuesApi;
import io.github.planesdk.api.InitiativeLabelsApi;
import io.github.planesdk.api.InitiativesApi;
import io.github.planesdk.api.IntakeApi;
import io.github.planesdk.api.LabelsApi;
import io.github.planesdk.api.MembersApi;
import io.github.planesdk.api.MilestonesApi;
import io.github.planesdk.api.ModulesApi;
import io.github.planesdk.api.PagesApi;
import io.github.planesdk.api.ProjectLabelsApi;
import io.github.planesdk.api.ProjectTemplatesApi;
import io.github.planesdk.api.ProjectsApi;
import io.github.planesdk.api.StatesApi;
import io.github.planesdk.api.StickiesApi;
import io.github.planesdk.api.TeamspacesApi;
import io.github.planesdk.api.UsersApi;
import io.github.planesdk.api.WorkItemActivitiesApi;
import io.github.planesdk.api.WorkItemAttachmentsApi;
import io.github.planesdk.api.WorkItemCommentsApi;
import io.github.planesdk.api.WorkItemLinksApi;
import io.github.planesdk.api.WorkItemPagesApi;
import io.github.planesdk.api.WorkItemPropertiesApi;
import io.github.planesdk.api.WorkItemPropertyOptionsApi;
import io.github.planesdk.api.WorkItemPropertyValuesApi;
import io.github.planesdk.api.WorkItemRelationsApi;
import io.github.planesdk.api.WorkItemTypesApi;
import io.github.planesdk.api.WorkItemsApi;
import io.github.planesdk.api.WorklogsApi;
import io.github.planesdk.api.WorkspaceInvitationsApi;
import io.github.planesdk.auth.Credential;
import io.github.planesdk.auth.CredentialSource;
import io.github.planesdk.auth.TokenProvider;
import io.github.planesdk.http.AuthInterceptor;
import io.github.planesdk.http.ConnectionReuse;
import io.github.planesdk.http.RateLimitInterceptor;
import io.github.planesdk.http.RetryInterceptor;
import io.github.planesdk.http.Sleeper;
import io.github.planesdk.http.TrustedCertificates;
import io.github.planesdk.internal.Arguments;
import io.github.planesdk.internal.DecodingConverterFactory;
import io.github.planesdk.internal.GeneratedApis;
import io.github.planesdk.internal.PlaneCallAdapterFactory;
import io.github.planesdk.json.PlaneJson;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * The entry point: one configured HTTP stack that hands out the generated API classes.
 *
 * <pre>{@code
 * PlaneClient plane = PlaneClient.builder().apiKey(System.getenv("PLANE_API_KEY")).build();
 * ProjectPage page = plane.projects().listProjects("my-team").perPage(100).execute();
 * }</pre>
 *
 * <p>A call passes, outermost first: retries (backoff, {@code Retry-After}, idempotency rules),
 * rate-limit pacing shared by every thread of the client, the credential (an API key, or an
 * OAuth token renewed when needed), the resend of a request a stale connection kept from being
 * sent, then on the network the credential's header (only for this server), the
 * stale-connection check and optional logging with the key or token redacted.
 *
 * <p>A client is thread-safe; share one per API key. {@link #close()} releases its threads and
 * connections.
 *
 * <p>Connections: the client keeps a connection pool of its own, whose connections are not used
 * again after {@link Builder#idleConnectionTimeout} idle, and are probed before reuse after a
 * shorter pause; a request on a connection the server closed goes out again on a fresh one when
 * provably unsent. See {@link ConnectionReuse}.
 */
public final class PlaneClient implements Closeable {
  /** Plane Cloud. */
  public static final String DEFAULT_BASE_URL = "https://api.plane.so/";

  private final OkHttpClient httpClient;
  /** Whether the dispatcher is the SDK's own, to shut down on close, or the caller's. */
  private final boolean ownDispatcher;
  private final Retrofit retrofit;
  private final HttpUrl baseUrl;
  private final Map<Class<?>, Object> services = new ConcurrentHashMap<>();
  private final PlaneV2 v2 = new PlaneV2(this);

  private PlaneClient(Builder builder) {
    this.baseUrl = builder.baseUrl;
    this.ownDispatcher = builder.httpClient == null;
    Credential fixed = builder.fixedCredential();
    AuthInterceptor auth =
        fixed != null
            ? AuthInterceptor.fixed(fixed, baseUrl)
            : new AuthInterceptor(builder.credentialSource(), baseUrl);
    ConnectionReuse reuse = new ConnectionReuse(builder.idleConnectionTimeout, builder.maxRetries > 0);
    OkHttpClient.Builder http =
        (ownDispatcher ? new OkHttpClient() : builder.httpClient)
            .newBuilder()
            .connectTimeout(builder.connectTimeout)
            .readTimeout(builder.readTimeout)
            .writeTimeout(builder.writeTimeout)
            .callTimeout(builder.callTimeout)
            // RetryInterceptor decides; OkHttp alone would resend a POST whose connection broke
            .retryOnConnectionFailure(false)
            // Plane redirects only to hand out a download URL (attachments): the caller wants
            // the Location, not the file fetched and thrown away
            .followRedirects(false)
            .addInterceptor(
                new RetryInterceptor(
                    builder.maxRetries, builder.maxRetryWait, builder.clock, builder.sleeper))
            .addInterceptor(
                new RateLimitInterceptor(builder.maxRetryWait, builder.clock, builder.sleeper))
            .addInterceptor(auth)
            // the SDK's own pool: close() may close it, and no connection outlives the timeout
            .connectionPool(
                new ConnectionPool(
                    5, builder.idleConnectionTimeout.toMillis(), TimeUnit.MILLISECONDS))
            .addInterceptor(reuse.retrier());
    // first on the network, as an application interceptor would be: the key or token goes only
    // to this server, and the caller's own network interceptors see it as sent
    http.networkInterceptors().add(0, auth.onTheWire());
    http.addNetworkInterceptor(reuse.guard());
    if (builder.logger != null) {
      HttpLoggingInterceptor logging = new HttpLoggingInterceptor(builder.logger);
      logging.setLevel(builder.logLevel);
      for (String header :
          new String[] {
            Credential.API_KEY_HEADER, "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie"
          }) {
        logging.redactHeader(header);
      }
      http.addNetworkInterceptor(logging);
    }
    if (builder.trustStore != null) {
      TrustedCertificates.install(http, builder.trustStore);
    }
    this.httpClient = http.build();
    this.retrofit =
        new Retrofit.Builder()
            .baseUrl(baseUrl)
            .client(httpClient)
            .addCallAdapterFactory(new PlaneCallAdapterFactory(auth::secretsInUse))
            .addConverterFactory(new DecodingConverterFactory())
            .addConverterFactory(MoshiConverterFactory.create(PlaneJson.moshi()))
            .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Any generated API class of package {@code io.github.planesdk.api} (or {@code .v2.api}), made once per client. */
  public <S> S api(Class<S> service) {
    return service.cast(
        services.computeIfAbsent(service, api -> GeneratedApis.create(api, retrofit)));
  }

  /**
   * API v2, the current Plane API, on this client's connections, pacing, retries and
   * credentials: {@code plane.v2().workItems()}.
   */
  public PlaneV2 v2() {
    return v2;
  }

  public UsersApi users() {
    return api(UsersApi.class);
  }

  public ProjectsApi projects() {
    return api(ProjectsApi.class);
  }

  // --- core: states, labels, work items, comments, links, activities
  public StatesApi states() {
    return api(StatesApi.class);
  }

  public LabelsApi labels() {
    return api(LabelsApi.class);
  }

  public WorkItemsApi workItems() {
    return api(WorkItemsApi.class);
  }

  public WorkItemCommentsApi workItemComments() {
    return api(WorkItemCommentsApi.class);
  }

  public WorkItemLinksApi workItemLinks() {
    return api(WorkItemLinksApi.class);
  }

  public WorkItemActivitiesApi workItemActivities() {
    return api(WorkItemActivitiesApi.class);
  }

  // --- server families

  public WorkItemAttachmentsApi workItemAttachments() {
    return api(WorkItemAttachmentsApi.class);
  }

  public WorkItemRelationsApi workItemRelations() {
    return api(WorkItemRelationsApi.class);
  }

  public CyclesApi cycles() {
    return api(CyclesApi.class);
  }

  public ModulesApi modules() {
    return api(ModulesApi.class);
  }

  public MembersApi members() {
    return api(MembersApi.class);
  }

  public IntakeApi intake() {
    return api(IntakeApi.class);
  }

  public EstimatesApi estimates() {
    return api(EstimatesApi.class);
  }

  public StickiesApi stickies() {
    return api(StickiesApi.class);
  }

  public WorkspaceInvitationsApi invitations() {
    return api(WorkspaceInvitationsApi.class);
  }

  public AssetsApi assets() {
    return api(AssetsApi.class);
  }

  // --- cloud families A

  public CustomersApi customers() {
    return api(CustomersApi.class);
  }

  public CustomerRequestsApi customerRequests() {
    return api(CustomerRequestsApi.class);
  }

  public CustomerPropertiesApi customerProperties() {
    return api(CustomerPropertiesApi.class);
  }

  public InitiativesApi initiatives() {
    return api(InitiativesApi.class);
  }

  public InitiativeLabelsApi initiativeLabels() {
    return api(InitiativeLabelsApi.class);
  }

  public TeamspacesApi teamspaces() {
    return api(TeamspacesApi.class);
  }

  public EpicsApi epics() {
    return api(EpicsApi.class);
  }

  public MilestonesApi milestones() {
    return api(MilestonesApi.class);
  }

  // --- cloud families B

  public PagesApi pages() {
    return api(PagesApi.class);
  }

  public WorkItemPagesApi workItemPages() {
    return api(WorkItemPagesApi.class);
  }

  public WorklogsApi worklogs() {
    return api(WorklogsApi.class);
  }

  public WorkItemTypesApi workItemTypes() {
    return api(WorkItemTypesApi.class);
  }

  public WorkItemPropertiesApi workItemProperties() {
    return api(WorkItemPropertiesApi.class);
  }

  public WorkItemPropertyOptionsApi workItemPropertyOptions() {
    return api(WorkItemPropertyOptionsApi.class);
  }

  public WorkItemPropertyValuesApi workItemPropertyValues() {
    return api(WorkItemPropertyValuesApi.class);
  }

  public ProjectLabelsApi projectLabels() {
    return api(ProjectLabelsApi.class);
  }

  public FeaturesApi features() {
    return api(FeaturesApi.class);
  }

  public IdPGroupSyncApi idpGroupSync() {
    return api(IdPGroupSyncApi.class);
  }

  public ProjectTemplatesApi projectTemplates() {
    return api(ProjectTemplatesApi.class);
  }

  public AdvancedSearchApi advancedSearch() {
    return api(AdvancedSearchApi.class);
  }

  /**
   * The deprecated {@code inbox-issues/} paths of the intake calls, which the Plane docs still
   * publish.
   *
   * @deprecated Plane ended support for these paths; use the intake calls instead.
   */
  @Deprecated
  public InboxIssuesApi inboxIssues() {
    return api(InboxIssuesApi.class);
  }

  /** The server this client talks to. */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /** The shared HTTP client, with the SDK's interceptors installed. */
  public OkHttpClient httpClient() {
    return httpClient;
  }

  /**
   * Closes the client's idle connections, and stops its threads unless they belong to the
   * {@link Builder#httpClient(OkHttpClient)} passed in, which stays usable.
   */
  @Override
  public void close() {
    if (ownDispatcher) {
      httpClient.dispatcher().executorService().shutdown();
    }
    httpClient.connectionPool().evictAll();
  }

  @Override
  public String toString() {
    return "PlaneClient(" + baseUrl + ")";
  }

  /** Configures a {@link PlaneClient}. */
  public static final class Builder {
    private String apiKey;
    private String accessToken;
    private TokenProvider tokenProvider;
    private CredentialSource credentials;
    private HttpUrl baseUrl = HttpUrl.get(DEFAULT_BASE_URL);
    private OkHttpClient httpClient;
    private Duration idleConnectionTimeout = Duration.ofSeconds(4);
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration writeTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ZERO;
    private int maxRetries = 2;
    private Duration maxRetryWait = Duration.ofSeconds(60);
    private HttpLoggingInterceptor.Logger logger;
    private HttpLoggingInterceptor.Level logLevel = HttpLoggingInterceptor.Level.NONE;
    private boolean allowInsecureHttp;
    private KeyStore trustStore;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;

    private Builder() {}

    /**
     * The API token (Profile settings → API tokens). Required. Surrounding whitespace, such as
     * the newline of a key read from a file, is dropped.
     */
    public Builder apiKey(String apiKey) {
      String key = apiKey == null ? null : apiKey.strip();
      if (!isEmpty(key)) {
        Credential.apiKey(key); // refuses a key no header can carry, without showing it
      }
      this.apiKey = key;
      return this;
    }

    /**
     * An OAuth access token of a Plane app ({@code pln_...}), sent as {@code Authorization:
     * Bearer}, instead of an API key. The client does not renew it: see {@link #tokenProvider}.
     */
    public Builder accessToken(String accessToken) {
      this.accessToken = accessToken == null ? null : accessToken.strip();
      if (!isEmpty(this.accessToken)) {
        Credential.bearer(this.accessToken); // refuses a token no header can carry, unshown
      }
      return this;
    }

    /**
     * OAuth access tokens fetched by {@code provider}, instead of an API key: fetched on first
     * use, renewed a minute before they expire, and renewed once when the server answers 401
     * (a second 401 is an error). One thread renews while the others wait. {@code
     * PlaneOAuth.botTokens(...)} and {@code PlaneOAuth.userTokens(...)} are such providers.
     */
    public Builder tokenProvider(TokenProvider provider) {
      if (provider == null) {
        throw new IllegalArgumentException("tokenProvider must not be null");
      }
      this.tokenProvider = provider;
      return this;
    }

    /** Any other source of credentials, instead of an API key or a token. */
    public Builder credentials(CredentialSource credentials) {
      if (credentials == null) {
        throw new IllegalArgumentException("credentials must not be null");
      }
      this.credentials = credentials;
      return this;
    }

    /** The server, e.g. {@code https://plane.example.com/}; default Plane Cloud. */
    public Builder baseUrl(String baseUrl) {
      if (baseUrl == null) {
        throw new IllegalArgumentException("baseUrl must not be null");
      }
      HttpUrl parsed = HttpUrl.parse(baseUrl);
      if (parsed == null) {
        throw new IllegalArgumentException("baseUrl is not an http(s) URL: " + baseUrl);
      }
      this.baseUrl = parsed;
      return this;
    }

    /**
     * A base OkHttp client to derive from (its dispatcher, proxy, interceptors, event listener).
     * The timeouts set here, {@code retryOnConnectionFailure(false)} and a connection pool of the
     * SDK's own replace its own. {@link PlaneClient#close()} leaves this client's threads alone.
     */
    public Builder httpClient(OkHttpClient httpClient) {
      if (httpClient == null) {
        throw new IllegalArgumentException("httpClient must not be null");
      }
      this.httpClient = httpClient;
      return this;
    }

    /**
     * How long a pooled connection may sit idle and still be used again; default 4 s, below the
     * 5 s after which Plane's own server closes it (proxies: 60–75 s). Set it below the
     * keep-alive of whatever is in front of your server.
     */
    public Builder idleConnectionTimeout(Duration timeout) {
      this.idleConnectionTimeout = Arguments.positive("idleConnectionTimeout", timeout);
      return this;
    }

    /** Time to open a connection; default 10 s. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Arguments.nonNegative("connectTimeout", timeout);
      return this;
    }

    /** Longest silence while reading an answer; default 30 s. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Arguments.nonNegative("readTimeout", timeout);
      return this;
    }

    /** Longest stall while sending a request; default 30 s. */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = Arguments.nonNegative("writeTimeout", timeout);
      return this;
    }

    /**
     * A bound on a whole call, including its retries and rate-limit waits; default none
     * ({@code Duration.ZERO}), since a rate-limit window can take a minute to reset.
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = Arguments.nonNegative("callTimeout", timeout);
      return this;
    }

    /** Retries after the first attempt; default 2, 0 turns retrying off. */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = Arguments.nonNegative("maxRetries", maxRetries);
      return this;
    }

    /**
     * The longest the client waits on a {@code Retry-After} or for a rate-limit window to
     * reset; default 60 s (Plane's window). A 429 asking for longer is not retried.
     */
    public Builder maxRetryWait(Duration maxRetryWait) {
      this.maxRetryWait = Arguments.nonNegative("maxRetryWait", maxRetryWait);
      return this;
    }

    /** Logs each HTTP exchange through java.util.logging; the API key is always redacted. */
    public Builder httpLogging(HttpLoggingInterceptor.Level level) {
      return httpLogging(level, HttpLoggingInterceptor.Logger.DEFAULT);
    }

    /**
     * Logs each HTTP exchange (each retry too) at {@code level} to {@code logger}, with the
     * {@code X-API-Key}, {@code Authorization} and cookie headers redacted. {@code BODY} also
     * logs bodies, which may hold your project data.
     */
    public Builder httpLogging(HttpLoggingInterceptor.Level level, HttpLoggingInterceptor.Logger logger) {
      if (level == null || logger == null) {
        throw new IllegalArgumentException("level and logger must not be null");
      }
      this.logLevel = level;
      this.logger = level == HttpLoggingInterceptor.Level.NONE ? null : logger;
      return this;
    }

    /** Permits a plain {@code http://} base URL to a host other than this machine. */
    public Builder allowInsecureHttp() {
      this.allowInsecureHttp = true;
      return this;
    }

    /**
     * Trusts only the CA certificates in this file (PEM, one or more; or DER), for a server
     * whose certificate comes from a private CA.
     */
    public Builder trustedCertificates(Path pem) {
      try (InputStream in = Files.newInputStream(pem)) {
        return trustedCertificates(in);
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read " + pem + ": " + e.getMessage(), e);
      }
    }

    /** Trusts only the CA certificates read from {@code pem} (PEM or DER); not closed here. */
    public Builder trustedCertificates(InputStream pem) {
      return trustStore(TrustedCertificates.read(pem));
    }

    /** Trusts only the certificates of this loaded trust store (JKS, PKCS12). */
    public Builder trustStore(KeyStore trustStore) {
      if (trustStore == null) {
        throw new IllegalArgumentException("trustStore must not be null");
      }
      this.trustStore = trustStore;
      return this;
    }

    /** The wall clock for {@code Retry-After} dates and rate-limit resets; for tests. */
    public Builder clock(Clock clock) {
      if (clock == null) {
        throw new IllegalArgumentException("clock must not be null");
      }
      this.clock = clock;
      return this;
    }

    /** How the client waits before retries and for rate limits; for tests. */
    public Builder sleeper(Sleeper sleeper) {
      if (sleeper == null) {
        throw new IllegalArgumentException("sleeper must not be null");
      }
      this.sleeper = sleeper;
      return this;
    }

    public PlaneClient build() {
      int given =
          (isEmpty(apiKey) ? 0 : 1)
              + (isEmpty(accessToken) ? 0 : 1)
              + (tokenProvider == null ? 0 : 1)
              + (credentials == null ? 0 : 1);
      if (given == 0) {
        throw new IllegalStateException(
            "apiKey is required: pass a Plane API token to PlaneClient.builder().apiKey(...),"
                + " or an OAuth token to accessToken(...) or tokenProvider(...)");
      }
      if (given > 1) {
        throw new IllegalStateException(
            "set exactly one of apiKey, accessToken, tokenProvider and credentials");
      }
      if (!baseUrl.isHttps() && !allowInsecureHttp && !isLoopback(baseUrl.host())) {
        throw new IllegalStateException(
            "refusing to send the API key or token over plain http to " + baseUrl.host()
                + "; use https, or allowInsecureHttp() if the network is trusted");
      }
      return new PlaneClient(this);
    }

    private static boolean isEmpty(String secret) {
      return secret == null || secret.isEmpty();
    }

    private CredentialSource credentialSource() {
      return credentials != null ? credentials : CredentialSource.renewing(tokenProvider, clock);
    }

    /** The API key or access token given, which never changes; null for a source of credentials. */
    private Credential fixedCredential() {
      if (credentials != null || tokenProvider != null) {
        return null;
      }
      return isEmpty(apiKey) ? Credential.bearer(accessToken) : Credential.apiKey(apiKey);
    }

    private static boolean isLoopback(String host) {
      return host.equals("localhost")
          || host.endsWith(".localhost")
          || host.equals("::1")
          || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }
  }
}
