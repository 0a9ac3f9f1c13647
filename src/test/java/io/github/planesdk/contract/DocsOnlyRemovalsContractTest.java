package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.planesdk.api.MembersApi;
import io.github.planesdk.api.WorkItemRelationsApi;
import io.github.planesdk.model.WorkItemRelationRemove;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

/** The two removal calls that only the Plane docs publish; both answer 204 to a POST. */
class DocsOnlyRemovalsContractTest extends ContractTestBase {
  private static final UUID WORK_ITEM_ID = UUID.fromString("c36ccef1-0a24-4888-96b2-784e8cd7e33b");
  private static final UUID RELATED_ID = UUID.fromString("ed01399e-685b-4574-b259-840bec6e783c");

  @Test
  @Covers("removeWorkItemRelation")
  void removeWorkItemRelation() {
    Response<Void> response =
        plane
            .api(WorkItemRelationsApi.class)
            .removeWorkItemRelation(
                SLUG, PROJECT_ID, WORK_ITEM_ID, new WorkItemRelationRemove().relatedIssue(RELATED_ID))
            .executeForResponse();

    assertEquals(204, response.code());
    assertNull(response.body());
  }

  @Test
  @Covers("removeWorkspaceMember")
  void removeWorkspaceMember() {
    Response<Void> response =
        plane.api(MembersApi.class).removeWorkspaceMember(SLUG).executeForResponse();

    assertEquals("POST", response.raw().request().method());
    assertEquals(204, response.code());
    assertNull(response.body());
  }
}
