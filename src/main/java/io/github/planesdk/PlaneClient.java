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
