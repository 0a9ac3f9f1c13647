package io.github.planesdk;

import io.github.planesdk.v2.api.AgentRunActivitiesApi;
import io.github.planesdk.v2.api.AgentRunsApi;
import io.github.planesdk.v2.api.ArtifactsApi;
import io.github.planesdk.v2.api.AuditLogsApi;
import io.github.planesdk.v2.api.CollectionsApi;
import io.github.planesdk.v2.api.CustomerPropertiesApi;
import io.github.planesdk.v2.api.CustomerRequestsApi;
import io.github.planesdk.v2.api.CustomersApi;
import io.github.planesdk.v2.api.CyclesApi;
import io.github.planesdk.v2.api.EstimatePointsApi;
import io.github.planesdk.v2.api.EstimatesApi;
import io.github.planesdk.v2.api.FeaturesApi;
import io.github.planesdk.v2.api.IdPGroupSyncApi;
import io.github.planesdk.v2.api.InitiativeLabelsApi;
import io.github.planesdk.v2.api.InitiativesApi;
import io.github.planesdk.v2.api.IntakeApi;
import io.github.planesdk.v2.api.LabelsApi;
import io.github.planesdk.v2.api.MembersApi;
import io.github.planesdk.v2.api.MilestonesApi;
import io.github.planesdk.v2.api.ModulesApi;
import io.github.planesdk.v2.api.ProjectAutomationsApi;
import io.github.planesdk.v2.api.ProjectPagesApi;
import io.github.planesdk.v2.api.ProjectViewsApi;
import io.github.planesdk.v2.api.ProjectWorkItemTemplatesApi;
import io.github.planesdk.v2.api.ProjectsApi;
import io.github.planesdk.v2.api.ReleaseCommentsApi;
import io.github.planesdk.v2.api.ReleaseLabelsApi;
import io.github.planesdk.v2.api.ReleaseLinksApi;
import io.github.planesdk.v2.api.ReleaseTagsApi;
import io.github.planesdk.v2.api.ReleasesApi;
import io.github.planesdk.v2.api.RolesAndPermissionsApi;
import io.github.planesdk.v2.api.StatesApi;
import io.github.planesdk.v2.api.StickiesApi;
import io.github.planesdk.v2.api.TeamspacesApi;
import io.github.planesdk.v2.api.UserAssetsApi;
import io.github.planesdk.v2.api.UsersApi;
import io.github.planesdk.v2.api.WebhookLogsApi;
import io.github.planesdk.v2.api.WebhooksApi;
import io.github.planesdk.v2.api.WorkItemActivitiesApi;
import io.github.planesdk.v2.api.WorkItemAttachmentsApi;
import io.github.planesdk.v2.api.WorkItemCommentsApi;
import io.github.planesdk.v2.api.WorkItemDependenciesApi;
import io.github.planesdk.v2.api.WorkItemLinksApi;
import io.github.planesdk.v2.api.WorkItemPropertiesApi;
import io.github.planesdk.v2.api.WorkItemPropertyContextsApi;
import io.github.planesdk.v2.api.WorkItemPropertyOptionsApi;
import io.github.planesdk.v2.api.WorkItemRelationDefinitionsApi;
import io.github.planesdk.v2.api.WorkItemRelationsApi;
import io.github.planesdk.v2.api.WorkItemSubscribersApi;
import io.github.planesdk.v2.api.WorkItemTypePropertiesApi;
import io.github.planesdk.v2.api.WorkItemTypesApi;
import io.github.planesdk.v2.api.WorkItemsApi;
import io.github.planesdk.v2.api.WorkflowStatesApi;
import io.github.planesdk.v2.api.WorkflowTransitionsApi;
import io.github.planesdk.v2.api.WorkflowsApi;
import io.github.planesdk.v2.api.WorklogsApi;
import io.github.planesdk.v2.api.WorkspaceAssetsApi;
import io.github.planesdk.v2.api.WorkspaceAutomationsApi;
import io.github.planesdk.v2.api.WorkspaceInvitationsApi;
import io.github.planesdk.v2.api.WorkspacePagesApi;
import io.github.planesdk.v2.api.WorkspaceViewsApi;
import io.github.planesdk.v2.api.WorkspaceWorkItemPropertiesApi;
import io.github.planesdk.v2.api.WorkspaceWorkItemPropertyOptionsApi;
import io.github.planesdk.v2.api.WorkspaceWorkItemTemplatesApi;
import io.github.planesdk.v2.api.WorkspaceWorkItemTypePropertiesApi;
import io.github.planesdk.v2.api.WorkspaceWorkItemTypesApi;

/**
 * The API v2 classes ({@code io.github.planesdk.v2.api}), one per family, on the same client as
 * v1: the same connections, rate-limit pacing, retries and credentials. {@code plane.v2()} hands
 * it out:
 *
 * <pre>{@code
 * for (WorkItem item : plane.v2().workItems().listWorkItems("my-team", "ENG").autoPager()) {
 *   System.out.println(item.getIdentifier() + "  " + item.getName());
 * }
 * }</pre>
 *
 * <p>API v2 is the current Plane API (Plane Cloud and the commercial editions); the open-source
 * server serves only v1.
 */
public final class PlaneV2 {
  private final PlaneClient client;

  PlaneV2(PlaneClient client) {
    this.client = client;
  }

  /** Any generated API class of package {@code io.github.planesdk.v2.api}. */
  public <S> S api(Class<S> service) {
    return client.api(service);
  }

  public AgentRunActivitiesApi agentRunActivities() {
    return api(AgentRunActivitiesApi.class);
  }

  public AgentRunsApi agentRuns() {
    return api(AgentRunsApi.class);
  }

  public ArtifactsApi artifacts() {
    return api(ArtifactsApi.class);
  }

  public AuditLogsApi auditLogs() {
    return api(AuditLogsApi.class);
  }

  public CollectionsApi collections() {
    return api(CollectionsApi.class);
  }

  public CustomerPropertiesApi customerProperties() {
    return api(CustomerPropertiesApi.class);
  }

  public CustomerRequestsApi customerRequests() {
    return api(CustomerRequestsApi.class);
  }

  public CustomersApi customers() {
    return api(CustomersApi.class);
  }

  public CyclesApi cycles() {
    return api(CyclesApi.class);
  }

  public EstimatePointsApi estimatePoints() {
    return api(EstimatePointsApi.class);
  }

  public EstimatesApi estimates() {
    return api(EstimatesApi.class);
  }

  public FeaturesApi features() {
    return api(FeaturesApi.class);
  }

  public IdPGroupSyncApi idpGroupSync() {
    return api(IdPGroupSyncApi.class);
  }

  public InitiativeLabelsApi initiativeLabels() {
    return api(InitiativeLabelsApi.class);
  }

  public InitiativesApi initiatives() {
    return api(InitiativesApi.class);
  }

  public IntakeApi intake() {
    return api(IntakeApi.class);
  }

  public LabelsApi labels() {
    return api(LabelsApi.class);
  }

  public MembersApi members() {
    return api(MembersApi.class);
  }

  public MilestonesApi milestones() {
    return api(MilestonesApi.class);
  }

  public ModulesApi modules() {
    return api(ModulesApi.class);
  }

  public ProjectAutomationsApi projectAutomations() {
    return api(ProjectAutomationsApi.class);
  }

  public ProjectPagesApi projectPages() {
    return api(ProjectPagesApi.class);
  }

  public ProjectViewsApi projectViews() {
    return api(ProjectViewsApi.class);
  }

  public ProjectWorkItemTemplatesApi projectWorkItemTemplates() {
    return api(ProjectWorkItemTemplatesApi.class);
  }

  public ProjectsApi projects() {
    return api(ProjectsApi.class);
  }

  public ReleaseCommentsApi releaseComments() {
    return api(ReleaseCommentsApi.class);
  }

  public ReleaseLabelsApi releaseLabels() {
    return api(ReleaseLabelsApi.class);
  }

  public ReleaseLinksApi releaseLinks() {
    return api(ReleaseLinksApi.class);
  }

  public ReleaseTagsApi releaseTags() {
    return api(ReleaseTagsApi.class);
  }

  public ReleasesApi releases() {
    return api(ReleasesApi.class);
  }

  public RolesAndPermissionsApi rolesAndPermissions() {
    return api(RolesAndPermissionsApi.class);
  }

  public StatesApi states() {
    return api(StatesApi.class);
  }

  public StickiesApi stickies() {
    return api(StickiesApi.class);
  }

  public TeamspacesApi teamspaces() {
    return api(TeamspacesApi.class);
  }

  public UserAssetsApi userAssets() {
    return api(UserAssetsApi.class);
  }

  public UsersApi users() {
    return api(UsersApi.class);
  }

  public WebhookLogsApi webhookLogs() {
    return api(WebhookLogsApi.class);
  }

  public WebhooksApi webhooks() {
    return api(WebhooksApi.class);
  }

  public WorkItemActivitiesApi workItemActivities() {
    return api(WorkItemActivitiesApi.class);
  }

  public WorkItemAttachmentsApi workItemAttachments() {
    return api(WorkItemAttachmentsApi.class);
  }

  public WorkItemCommentsApi workItemComments() {
    return api(WorkItemCommentsApi.class);
  }

  public WorkItemDependenciesApi workItemDependencies() {
    return api(WorkItemDependenciesApi.class);
  }

  public WorkItemLinksApi workItemLinks() {
    return api(WorkItemLinksApi.class);
  }

  public WorkItemPropertiesApi workItemProperties() {
    return api(WorkItemPropertiesApi.class);
  }

  public WorkItemPropertyContextsApi workItemPropertyContexts() {
    return api(WorkItemPropertyContextsApi.class);
  }

  public WorkItemPropertyOptionsApi workItemPropertyOptions() {
    return api(WorkItemPropertyOptionsApi.class);
  }

  public WorkItemRelationDefinitionsApi workItemRelationDefinitions() {
    return api(WorkItemRelationDefinitionsApi.class);
  }

  public WorkItemRelationsApi workItemRelations() {
    return api(WorkItemRelationsApi.class);
  }

  public WorkItemSubscribersApi workItemSubscribers() {
    return api(WorkItemSubscribersApi.class);
  }

  public WorkItemTypePropertiesApi workItemTypeProperties() {
    return api(WorkItemTypePropertiesApi.class);
  }

  public WorkItemTypesApi workItemTypes() {
    return api(WorkItemTypesApi.class);
  }

  public WorkItemsApi workItems() {
    return api(WorkItemsApi.class);
  }

  public WorkflowStatesApi workflowStates() {
    return api(WorkflowStatesApi.class);
  }

  public WorkflowTransitionsApi workflowTransitions() {
    return api(WorkflowTransitionsApi.class);
  }

  public WorkflowsApi workflows() {
    return api(WorkflowsApi.class);
  }

  public WorklogsApi worklogs() {
    return api(WorklogsApi.class);
  }

  public WorkspaceAssetsApi workspaceAssets() {
    return api(WorkspaceAssetsApi.class);
  }

  public WorkspaceAutomationsApi workspaceAutomations() {
    return api(WorkspaceAutomationsApi.class);
  }

  public WorkspaceInvitationsApi invitations() {
    return api(WorkspaceInvitationsApi.class);
  }

  public WorkspacePagesApi workspacePages() {
    return api(WorkspacePagesApi.class);
  }

  public WorkspaceViewsApi workspaceViews() {
    return api(WorkspaceViewsApi.class);
  }

  public WorkspaceWorkItemPropertiesApi workspaceWorkItemProperties() {
    return api(WorkspaceWorkItemPropertiesApi.class);
  }

  public WorkspaceWorkItemPropertyOptionsApi workspaceWorkItemPropertyOptions() {
    return api(WorkspaceWorkItemPropertyOptionsApi.class);
  }

  public WorkspaceWorkItemTemplatesApi workspaceWorkItemTemplates() {
    return api(WorkspaceWorkItemTemplatesApi.class);
  }

  public WorkspaceWorkItemTypePropertiesApi workspaceWorkItemTypeProperties() {
    return api(WorkspaceWorkItemTypePropertiesApi.class);
  }

  public WorkspaceWorkItemTypesApi workspaceWorkItemTypes() {
    return api(WorkspaceWorkItemTypesApi.class);
  }
}
