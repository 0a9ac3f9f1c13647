package io.github.planesdk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.Types;
import io.github.planesdk.json.PlaneJson;
import io.github.planesdk.model.Estimate;
import io.github.planesdk.model.EstimateCreate;
import io.github.planesdk.model.EstimatePoint;
import io.github.planesdk.model.EstimatePointCreate;
import io.github.planesdk.model.EstimatePointUpdate;
import io.github.planesdk.model.EstimatePointsCreate;
import io.github.planesdk.model.EstimateUpdate;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

/** Against the documented shapes: the recorded server does not route estimates (404). */
class EstimatesContractTest extends ContractTestBase {
  private static final UUID ESTIMATE_ID = UUID.fromString("7c1b2a0e-8844-42e5-a5a4-5ce7e2018cc9");
  private static final UUID POINT_ID = UUID.fromString("2b8e4f61-0d3c-4a7e-9b52-6c1f8d9e0a34");

  @Test
  @Covers("getProjectEstimate")
  void getProjectEstimate() {
    assertRecordedEstimate(plane.estimates().getProjectEstimate(SLUG, PROJECT_ID).execute());
  }

  @Test
  @Covers("createProjectEstimate")
  void createProjectEstimate() {
    Estimate created =
        plane
            .estimates()
            .createProjectEstimate(
                SLUG,
                PROJECT_ID,
                new EstimateCreate()
                    .name("Story points")
                    .description("Fibonacci points")
                    .type(EstimateCreate.TypeEnum.POINTS)
                    .lastUsed(true))
            .execute();

    assertRecordedEstimate(created);
  }

  @Test
  @Covers("updateProjectEstimate")
  void updateProjectEstimate() {
    Estimate updated =
        plane
            .estimates()
            .updateProjectEstimate(SLUG, PROJECT_ID, new EstimateUpdate().name("Story points"))
            .execute();

    assertRecordedEstimate(updated);
  }

  @Test
  @Covers("deleteProjectEstimate")
  void deleteProjectEstimate() {
    assertEquals(
        204, plane.estimates().deleteProjectEstimate(SLUG, PROJECT_ID).executeForResponse().code());
  }

  @Test
  @Covers("listEstimatePoints")
  void listEstimatePoints() {
    List<EstimatePoint> points =
        plane.estimates().listEstimatePoints(SLUG, PROJECT_ID, ESTIMATE_ID).execute();

    assertEquals(1, points.size());
    assertFirstPoint(points.get(0));
  }

  @Test
  @Covers("createEstimatePoints")
  void createEstimatePointsAsABareArray(PrismMock.Server prism) throws IOException {
    // what Plane's Node SDK sends: the points as a bare JSON array, no `estimate_points` wrapper
    Request request =
        new Request.Builder()
            .url(
                prism.baseUrl() + "api/v1/workspaces/" + SLUG + "/projects/" + PROJECT_ID
                    + "/estimates/" + ESTIMATE_ID + "/estimate-points/")
            .post(
                RequestBody.create(
                    "[{\"key\":1,\"value\":\"1\",\"description\":\"Trivial\"}]",
                    MediaType.get("application/json")))
            .build();
    try (okhttp3.Response response = plane.httpClient().newCall(request).execute()) {
      assertEquals(201, response.code()); // the violation check fails the test on a 422
      List<EstimatePoint> points =
          PlaneJson.moshi()
              .<List<EstimatePoint>>adapter(
                  Types.newParameterizedType(List.class, EstimatePoint.class))
              .fromJson(response.body().source());
      assertFirstPoint(points.get(0));
    }
  }

  @Test
  @Covers("createEstimatePoints")
  void createEstimatePoints() {
    List<EstimatePoint> points =
        plane
            .estimates()
            .createEstimatePoints(
                SLUG,
                PROJECT_ID,
                ESTIMATE_ID,
                new EstimatePointsCreate()
                    .estimatePoints(
                        List.of(
                            new EstimatePointCreate().key(1).value("1").description("Trivial"),
                            new EstimatePointCreate().key(2).value("2").description("Small"))))
            .execute();

    assertEquals(2, points.size());
    assertFirstPoint(points.get(0));
    assertEquals(2, points.get(1).getKey());
    assertEquals("Small", points.get(1).getDescription());
  }

  @Test
  @Covers("updateEstimatePoint")
  void updateEstimatePoint() {
    EstimatePoint point =
        plane
            .estimates()
            .updateEstimatePoint(SLUG, PROJECT_ID, ESTIMATE_ID, POINT_ID,
                new EstimatePointUpdate().description("Trivial"))
            .execute();

    assertFirstPoint(point);
  }

  @Test
  @Covers("deleteEstimatePoint")
  void deleteEstimatePoint() {
    assertEquals(
        204,
        plane.estimates().deleteEstimatePoint(SLUG, PROJECT_ID, ESTIMATE_ID, POINT_ID)
            .executeForResponse().code());
  }

  private static void assertRecordedEstimate(Estimate e) {
    assertEquals(ESTIMATE_ID, e.getId());
    assertEquals("Story points", e.getName());
    assertEquals(Estimate.TypeEnum.POINTS, e.getType());
    assertTrue(e.getLastUsed());
    assertEquals(PROJECT_ID, e.getProject());
    assertEquals(WORKSPACE_ID, e.getWorkspace());
    assertNull(e.getUpdatedBy());
  }

  private static void assertFirstPoint(EstimatePoint p) {
    assertEquals(POINT_ID, p.getId());
    assertEquals(1, p.getKey());
    assertEquals("1", p.getValue());
    assertEquals("Trivial", p.getDescription());
    assertEquals(ESTIMATE_ID, p.getEstimate());
    assertEquals(OffsetDateTime.parse("2026-11-27T22:55:10.245120Z"), p.getCreatedAt());
  }
}
