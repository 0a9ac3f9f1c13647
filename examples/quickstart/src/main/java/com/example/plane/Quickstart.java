package com.example.plane;

import io.github.planesdk.PlaneClient;
import io.github.planesdk.api.WorkItemsApi.ListWorkItemsRequest;
import io.github.planesdk.model.Project;
import io.github.planesdk.model.UserLite;
import io.github.planesdk.model.WorkItem;
import io.github.planesdk.model.WorkItemCreate;
import io.github.planesdk.model.WorkItemPriority;
import io.github.planesdk.model.WorkItemUpdate;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The README's Quick start: lists the projects of a workspace, creates a work item in the first
 * one, clears its due date, lists the project's newest work items, and reads two things at once.
 *
 * <pre>
 * cd examples/quickstart
 * PLANE_API_KEY=... ../../mvnw -B -q compile exec:java -Dexec.args="https://plane.example.com/ my-team"
 * </pre>
 */
public final class Quickstart {
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: Quickstart BASE_URL WORKSPACE_SLUG   (key in PLANE_API_KEY)");
      System.exit(2);
    }
    run(args[0], args[1]);
  }

  static void run(String baseUrl, String slug) {
    try (PlaneClient plane = PlaneClient.builder()
        .apiKey(System.getenv("PLANE_API_KEY"))
        .baseUrl(baseUrl)
        .build()) {

      // every project of the workspace, fetched page by page as the loop advances
      UUID projectId = null;
      for (Project project : plane.projects().listProjects(slug).autoPager()) {
        System.out.println(project.getIdentifier() + "  " + project.getName());
        projectId = projectId != null ? projectId : project.getId();
      }
      if (projectId == null) {
        System.out.println("no projects in " + slug);
        return;
      }

      // create a work item: path parameters and the body are positional
      WorkItem item = plane.workItems()
          .createWorkItem(slug, projectId,
              new WorkItemCreate().name("Write the release notes").priority(WorkItemPriority.HIGH))
          .execute();

      // clear its due date: a field set to null is sent as null, fields never set stay out
      plane.workItems()
          .updateWorkItem(slug, projectId, item.getId(), new WorkItemUpdate().targetDate(null))
          .execute();

      // optional parameters by name; fields and expand take the names the spec lists
      plane.workItems().listWorkItems(slug, projectId)
          .perPage(50)
          .expand(ListWorkItemsRequest.Expand.STATE)
          .orderBy("-created_at")
          .autoPager().stream()
          .limit(10)
          .forEach(w -> System.out.println("#" + w.getSequenceId() + "  " + w.getName()));

      // two calls at once on the client's threads, with the same retries, pacing and typed errors
      CompletableFuture<UserLite> me = plane.users().getCurrentUser().executeAsync();
      CompletableFuture<WorkItem> created =
          plane.workItems().getWorkItem(slug, projectId, item.getId()).executeAsync();
      System.out.println(me.join().getDisplayName() + " created #" + created.join().getSequenceId());
    }
  }
}
