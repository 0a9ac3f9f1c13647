package io.github.planesdk.bulk;

import static io.github.planesdk.Fixtures.SLUG;
import static io.github.planesdk.Fixtures.json;
import static io.github.planesdk.V2Fixtures.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.planesdk.Fixtures;
import io.github.planesdk.MockWebServers;
import io.github.planesdk.PlaneClient;
import io.github.planesdk.errors.FieldError;
import io.github.planesdk.errors.PlaneBulkConflictException;
import io.github.planesdk.http.FakeTime;
import io.github.planesdk.v2.model.BulkDelete;
import io.github.planesdk.v2.model.BulkResult;
import io.github.planesdk.v2.model.BulkRowResult;
import io.github.planesdk.v2.model.LabelBulkCreate;
import io.github.planesdk.v2.model.LabelCreate;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** API v2 bulk writes: per-row results on partial success, a typed 409 under all_or_none. */
@ExtendWith(MockWebServers.class)
class BulkWriteTest {
  private static final UUID CREATED = UUID.fromString("b7e42a19-3c5d-4f80-9a26-8d1c0f4e7b53");
  private static final String UNIQUE_NAME =
      "{\"field\":\"%s\",\"code\":\"unique\",\"message\":\"A label with this name already exists.\"}";

  private final MockWebServer server = new MockWebServer();
  private PlaneClient plane;

  @BeforeEach
  void start() {
    plane = Fixtures.client(server, new FakeTime()).build();
  }

  @AfterEach
  void stop() throws IOException {
    plane.close();
  }

  private static LabelBulkCreate twoLabels(boolean allOrNone) {
    return new LabelBulkCreate()
        .items(List.of(new LabelCreate().name("bug"), new LabelCreate().name("bug")))
        .allOrNone(allOrNone);
  }

  @Test
  void partialSuccessTellsWhichRowsWereWrittenAndWhyTheOthersWereNot() throws Exception {
    server.enqueue(
        json(
            200,
            "{\"results\":[{\"index\":0,\"result\":\"created\",\"id\":\"" + CREATED + "\"},"
                + "{\"index\":1,\"result\":\"failed\",\"type\":\"invalid_request\","
                + "\"code\":\"invalid_request\",\"detail\":\"One or more fields failed validation.\","
                + "\"errors\":[" + String.format(UNIQUE_NAME, "name") + "]}],"
                + "\"succeeded\":1,\"failed\":1}"));

    BulkResult result = plane.v2().labels().bulkCreateLabels(SLUG, "ENG", twoLabels(false)).execute();

    RecordedRequest sent = server.takeRequest();
    assertEquals("/api/v2/workspaces/sdk-test/projects/ENG/labels/bulk-create/", sent.getPath());
    assertEquals(
        "{\"all_or_none\":false,\"items\":[{\"name\":\"bug\"},{\"name\":\"bug\"}]}",
        sent.getBody().readUtf8());
    assertEquals(1, result.getSucceeded());
    assertEquals(1, result.getFailed());
    BulkRowResult written = result.succeededRows().get(0);
    assertEquals(1, result.succeededRows().size());
    assertEquals(0, written.getIndex());
    assertEquals(BulkRowResult.ResultEnum.CREATED, written.getResult());
    assertEquals(CREATED, written.getId());
    BulkRowResult refused = result.failedRows().get(0);
    assertEquals(1, result.failedRows().size());
    assertEquals(1, refused.getIndex());
    assertEquals("invalid_request", refused.getCode());
    assertEquals("name", refused.getErrors().get(0).getField());
    assertEquals("unique", refused.getErrors().get(0).getCode());
  }

  @Test
  void aRowResultThisSdkDoesNotKnowIsNeitherWrittenNorFailed() {
    server.enqueue(
        json(200, "{\"results\":[{\"index\":0,\"result\":\"skipped\"},{\"index\":1},"
            + "{\"index\":2,\"result\":null}],\"succeeded\":0,\"failed\":0}"));

    BulkResult result = plane.v2().labels().bulkCreateLabels(SLUG, "ENG", twoLabels(false)).execute();

    assertEquals(List.of(), result.succeededRows());
    assertEquals(List.of(), result.failedRows());
    assertEquals("skipped", result.getResults().get(0).getResult().rawValue());
    assertEquals(3, result.getResults().size()); // rows without a result are kept, in neither list
  }

  @Test
  void allOrNoneAnswered409IsABulkConflictWithTheFailingRows() {
    server.enqueue(
        problem(409, "conflict", "conflict",
            "No rows were written because all_or_none was set and at least one row failed.",
            "[" + String.format(UNIQUE_NAME, "items.1.name") + "]"));

    PlaneBulkConflictException e =
        assertThrows(
            PlaneBulkConflictException.class,
            () -> plane.v2().labels().bulkCreateLabels(SLUG, "ENG", twoLabels(true)).execute());

    assertEquals(
        Map.of(1, List.of(new FieldError("name", "unique", "A label with this name already exists."))),
        e.rowErrors());
    assertEquals(
        "POST /api/v2/workspaces/{slug}/projects/{project_id}/labels/bulk-create/ answered 409: No"
            + " rows were written because all_or_none was set and at least one row failed."
            + " items.1.name: A label with this name already exists. (code conflict)",
        e.getMessage());
    assertEquals("conflict", e.code().orElseThrow());
    // a 409 is an answer, never retried
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aBulkDeleteConflictNamesItsRowsByIndex() {
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    server.enqueue(
        problem(409, "conflict", "conflict", "No rows were deleted.",
            "[{\"field\":\"ids.0\",\"code\":\"does_not_exist\",\"message\":\"No such label.\"}]"));

    PlaneBulkConflictException e =
        assertThrows(
            PlaneBulkConflictException.class,
            () -> plane.v2().labels()
                .bulkDeleteLabels(SLUG, "ENG", new BulkDelete().ids(List.of(a, b)).allOrNone(true))
                .execute());

    assertEquals(Map.of(0, List.of(new FieldError("", "does_not_exist", "No such label."))), e.rowErrors());
  }
}
