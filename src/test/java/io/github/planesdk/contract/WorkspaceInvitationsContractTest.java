package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.PlaneClient;
import io.github.planesdk.errors.PlaneApiException;
import io.github.planesdk.model.MemberRole;
import io.github.planesdk.model.WorkspaceInvitation;
import io.github.planesdk.model.WorkspaceInvitationCreate;
import io.github.planesdk.model.WorkspaceInvitationUpdate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class WorkspaceInvitationsContractTest extends ContractTestBase {
  private static final UUID INVITATION_ID =
      UUID.fromString("0ae3c474-b7af-4385-a758-b13165e80f43");
  private static final String EMAIL = "recorder-invitee-rectuf@example.com";

  @Test
  @Covers("listInvitations")
  void listInvitations() {
    Response<List<WorkspaceInvitation>> response =
        plane.invitations().listInvitations(SLUG).executeForResponse();

    assertEquals(200, response.code());
    assertNull(response.headers().get("X-RateLimit-Remaining"));
    assertEquals(1, response.body().size());
    assertRecordedInvitation(response.body().get(0));
  }

  @Test
  @Covers("createInvitation")
  void createInvitation() {
    WorkspaceInvitation created =
        plane
            .invitations()
            .createInvitation(SLUG,
                new WorkspaceInvitationCreate().email(EMAIL).role(MemberRole.MEMBER))
            .execute();

    assertRecordedInvitation(created);
  }

  @Test
  @Covers("getInvitation")
  void getInvitation() {
    assertRecordedInvitation(plane.invitations().getInvitation(SLUG, INVITATION_ID).execute());
  }

  @Test
  @Covers("replaceInvitation")
  void replaceInvitationIsAlwaysRefused() {
    PlaneClient answering400 = preferringStatus(400);

    PlaneApiException e =
        assertThrows(
            PlaneApiException.class,
            () ->
                answering400
                    .invitations()
                    .replaceInvitation(SLUG, INVITATION_ID,
                        new WorkspaceInvitationCreate().email(EMAIL).role(MemberRole.GUEST))
                    .execute());

    assertEquals(400, e.statusCode());
    assertTrue(e.body().contains("The required key does not exist."), e.body());
  }

  @Test
  @Covers("updateInvitation")
  void updateInvitation() {
    WorkspaceInvitation updated =
        plane
            .invitations()
            .updateInvitation(SLUG, INVITATION_ID,
                new WorkspaceInvitationUpdate().role(MemberRole.GUEST))
            .execute();

    assertEquals(INVITATION_ID, updated.getId());
    assertEquals(MemberRole.GUEST, updated.getRole());
    assertEquals(5, updated.getRole().getValue());
    assertEquals(OffsetDateTime.parse("2026-11-27T22:56:53.271408Z"), updated.getUpdatedAt());
  }

  @Test
  @Covers("deleteInvitation")
  void deleteInvitation() {
    Response<Void> response =
        plane.invitations().deleteInvitation(SLUG, INVITATION_ID).executeForResponse();

    assertEquals(204, response.code());
    assertNull(response.body());
  }

  /**
   * The same client, asking Prism for the given status of the operation ({@code Prefer:
   * code=...}). It shares the base client's pools, so the base client's {@code close()} covers it.
   */
  private PlaneClient preferringStatus(int status) {
    return PlaneClient.builder()
        .apiKey("plane_api_0123456789abcdef0123456789abcdef")
        .baseUrl(plane.baseUrl().toString())
        .httpClient(
            plane.httpClient().newBuilder()
                .addInterceptor(
                    chain ->
                        chain.proceed(
                            chain.request().newBuilder().header("Prefer", "code=" + status).build()))
                .build())
        .build();
  }

  private static void assertRecordedInvitation(WorkspaceInvitation i) {
    assertEquals(INVITATION_ID, i.getId());
    assertEquals(EMAIL, i.getEmail());
    assertEquals(MemberRole.MEMBER, i.getRole());
    assertFalse(i.getAccepted());
    assertNull(i.getRespondedAt());
    assertEquals(OffsetDateTime.parse("2026-11-27T22:56:53.093535Z"), i.getCreatedAt());
  }
}
