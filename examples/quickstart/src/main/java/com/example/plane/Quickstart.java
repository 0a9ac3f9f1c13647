package com.example.plane;

import io.github.planesdk.PlaneClient;
import io.github.planesdk.errors.PlaneException;
import io.github.planesdk.model.Project;
import io.github.planesdk.model.WorkItem;
import io.github.planesdk.paging.Pager;
import java.util.UUID;

/**
 * Lists the projects of a workspace and pages through the work items of the first one.
 *
 * <pre>
 * PLANE_API_KEY=... mvn -q compile exec:java -Dexec.args="https://plane.example.com/ my-team"
 * </pre>
 */
public final class Quickstart {
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: Quickstart BASE_URL WORKSPACE_SLUG   (key in PLANE_API_KEY)");
      System.exit(2);
    }
    String baseUrl = args[0];
    String slug = args[1];

    try (PlaneClient plane =
        PlaneClient.builder().apiKey(System.getenv("PLANE_API_KEY")).baseUrl(baseUrl).build()) {
      UUID firstProject = null;
      for (Project project :
          Pager.of((cursor, perPage) ->
                  plane.projects().listProjects(slug, cursor, perPage, null, null, null))
              .items()) {
        System.out.println("project " + project.getIdentifier() + "  " + project.getName());
        if (firstProject == null) {
          firstProject = project.getId();
        }
      }
      if (firstProject == null) {
        System.out.println("no projects in " + slug);
        return;
      }

      UUID projectId = firstProject;
      int count = 0;
      for (WorkItem item :
          Pager.of((cursor, perPage) ->
                  plane.workItems().listWorkItems(
                      slug, projectId, cursor, perPage, null, null, "sequence_id", null, null))
              .items()) {
        System.out.println("  #" + item.getSequenceId() + " [" + item.getPriority() + "] " + item.getName());
        count++;
      }
      System.out.println(count + " work items");
    } catch (PlaneException e) {
      System.err.println("Plane said no: " + e.getMessage());
      System.exit(1);
    }
  }
}
