package io.github.planesdk;

import io.github.planesdk.api.AssetsApi;
import io.github.planesdk.api.CyclesApi;
import io.github.planesdk.api.EstimatesApi;
import io.github.planesdk.api.IntakeApi;
import io.github.planesdk.api.MembersApi;
import io.github.planesdk.api.ModulesApi;
import io.github.planesdk.api.ProjectsApi;
import io.github.planesdk.api.StickiesApi;
import io.github.planesdk.api.UsersApi;
import io.github.planesdk.api.WorkItemAttachmentsApi;
import io.github.planesdk.api.WorkItemRelationsApi;
import io.github.planesdk.api.WorkspaceInvitationsApi;
import io.github.planesdk.http.ApiKeyInterceptor;
import io.github.planesdk.internal.PlaneCallAdapterFactory;
import io.github.planesdk.json.PlaneJson;
import java.io.Closeable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * The entry point: one configured HTTP stack that hands out the generated API interfaces.
 *
 * <pre>{@code
 * PlaneClient plane = PlaneClient.builder().apiKey(System.getenv("PLANE_API_KEY")).build();
 * ProjectPage page = plane.projects().listProjects("my-team", null, 100, null, null, null).execute();
 * }</pre>
 *
 * <p>A client is thread-safe; share one per API key. {@link #close()} releases its threads and
 * connections.
 */
public final class PlaneClient implements Closeable {
  /** Plane Cloud. */
  public static final String DEFAULT_BASE_URL = "https://api.plane.so/";

  private final OkHttpClient httpClient;
  private final Retrofit retrofit;
  private final HttpUrl baseUrl;
  private final Map<Class<?>, Object> services = new ConcurrentHashMap<>();

  private PlaneClient(Builder builder) {
    this.baseUrl = builder.baseUrl;
    this.httpClient =
        builder.httpClient.newBuilder().addInterceptor(new ApiKeyInterceptor(builder.apiKey)).build();
    this.retrofit =
        new Retrofit.Builder()
            .baseUrl(baseUrl)
            .client(httpClient)
            .addCallAdapterFactory(new PlaneCallAdapterFactory())
            .addConverterFactory(MoshiConverterFactory.create(PlaneJson.moshi()))
            .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Any generated API interface of package {@code io.github.planesdk.api}. */
  public <S> S api(Class<S> service) {
    return service.cast(services.computeIfAbsent(service, retrofit::create));
  }

  public UsersApi users() {
    return api(UsersApi.class);
  }

  public ProjectsApi projects() {
    return api(ProjectsApi.class);
  }

  // --- core: states, labels, work items, comments, links, activities

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

  // --- cloud families B

  /** The server this client talks to. */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /** The shared HTTP client, with the SDK's interceptors installed. */
  public OkHttpClient httpClient() {
    return httpClient;
  }

  /** Stops the client's threads and closes idle connections. */
  @Override
  public void close() {
    httpClient.dispatcher().executorService().shutdown();
    httpClient.connectionPool().evictAll();
  }

  @Override
  public String toString() {
    return "PlaneClient(" + baseUrl + ")";
  }

  /** Configures a {@link PlaneClient}. */
  public static final class Builder {
    private String apiKey;
    private HttpUrl baseUrl = HttpUrl.get(DEFAULT_BASE_URL);
    private OkHttpClient httpClient = new OkHttpClient();

    private Builder() {}

    /** The API token (Profile settings → API tokens). Required. */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
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

    /** A base OkHttp client to derive from (its pools, timeouts, proxies). */
    public Builder httpClient(OkHttpClient httpClient) {
      if (httpClient == null) {
        throw new IllegalArgumentException("httpClient must not be null");
      }
      this.httpClient = httpClient;
      return this;
    }

    public PlaneClient build() {
      if (apiKey == null || apiKey.isBlank()) {
        throw new IllegalStateException(
            "apiKey is required: pass a Plane API token to PlaneClient.builder().apiKey(...)");
      }
      return new PlaneClient(this);
    }
  }
}
