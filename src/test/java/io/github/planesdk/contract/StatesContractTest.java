package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.api.StatesApi.GetStateRequest;
import io.github.planesdk.api.StatesApi.ListStatesRequest;
import io.github.planesdk.model.State;
import io.github.planesdk.model.StateCreate;
import io.github.planesdk.model.StateGroup;
import io.github.planesdk.model.StatePage;
import io.github.planesdk.model.StateUpdate;
import io.github.planesdk.model.WritableStateGroup;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class StatesContractTest extends ContractTestBase {
  static final UUID STATE_ID = UUID.fromString("f9739830-104e-4781-8c9c-f82c79f48361");

  @Test
  @Covers("listStates")
  void listStates() {
    StatePage page =
        plane
            .states()
            .listStates(SLUG, PROJECT_ID)
            .cursor("2:0:0")
            .perPage(2)
            .fields(
                ListStatesRequest.Fields.ID,
                ListStatesRequest.Fields.NAME,
                ListStatesRequest.Fields.GROUP,
                ListStatesRequest.Fields.SEQUENCE)
            .expand(ListStatesRequest.Expand.PROJECT, ListStatesRequest.Expand.CREATED_BY)
            .execute();

    assertFalse(page.getNextPageResults());
    assertEquals("2:1:0", page.getNextCursor());
    assertEquals(2, page.getTotalResults());
    assertEquals(2, page.getResults().size());
    State backlog = page.getResults().get(0);
    assertEquals("Backlog", backlog.getName());
    assertEquals(StateGroup.BACKLOG, backlog.getGroup());
    assertTrue(backlog.getDefault());
    assertEquals(15000.0, backlog.getSequence());
    assertRecordedState(page.getResults().get(1));
  }

  @Test
  @Covers("createState")
  void createStateAnswers200() {
    Response<State> response =
        plane
            .states()
            .createState(
                SLUG,
                PROJECT_ID,
                new StateCreate()
                    .name("Recorder Todo")
                    .color("#3A3A3A")
                    .group(WritableStateGroup.UNSTARTED)
                    .description("to do"))
            .executeForResponse();

    assertEquals(200, response.code());
    assertRecordedState(response.body());
  }

  @Test
  @Covers("getState")
  void getState() {
    State state =
        plane
            .states()
            .getState(SLUG, PROJECT_ID, STATE_ID)
            .fields(GetStateRequest.Fields.ID, GetStateRequest.Fields.NAME)
            .expand(GetStateRequest.Expand.WORKSPACE)
            .execute();

    assertRecordedState(state);
  }

  @Test
  @Covers("updateState")
  void updateState() {
    State state =
        plane
            .states()
            .updateState(
                SLUG,
                PROJECT_ID,
                STATE_ID,
                new StateUpdate().description("patched").sequence(70000.5))
            .execute();

    assertRecordedState(state);
  }

  @Test
  @Covers("deleteState")
  void deleteState() {
    Response<Void> response =
        plane.states().deleteState(SLUG, PROJECT_ID, STATE_ID).executeForResponse();

    assertEquals(204, response.code());
    assertNull(response.body());
  }

  private static void assertRecordedState(State s) {
    assertEquals(STATE_ID, s.getId());
    assertEquals("Recorder Todo", s.getName());
    assertEquals("to do", s.getDescription());
    assertEquals("#3A3A3A", s.getColor());
    assertEquals("recorder-todo", s.getSlug());
    // a fractional sequence: the field is a double, not an integer
    assertEquals(70000.5, s.getSequence());
    assertEquals(StateGroup.UNSTARTED, s.getGroup());
    assertFalse(s.getIsTriage());
    assertFalse(s.getDefault());
    assertNull(s.getExternalId());
    assertEquals(PROJECT_ID, s.getProject().id());
    assertEquals(WORKSPACE_ID, s.getWorkspace().id());
    assertEquals(USER_ID, s.getCreatedBy().id());
    assertNull(s.getUpdatedBy());
    assertEquals(OffsetDateTime.parse("2026-11-27T22:52:46.728101Z"), s.getCreatedAt());
  }
}
