package io.github.planesdk.errors;

import static io.github.planesdk.Fixtures.SLUG;
import static io.github.planesdk.V2Fixtures.problem;
import static io.github.planesdk.V2Fixtures.problemBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.planesdk.Fixtures;
import io.github.planesdk.MockWebServers;
import io.github.planesdk.PlaneClient;
import io.github.planesdk.http.FakeTime;
import io.github.planesdk.v2.model.StateCreate;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** API v2's RFC 9457 problem+json errors, read into the same exceptions as v1's bodies. */
@ExtendWith(MockWebServers.class)
class ProblemJsonTest {
  private static final String CREATE_STATE =
      "POST /api/v2/workspaces/{slug}/projects/{project_id}/states/";
  private static final String VALIDATION_ERRORS =
      "[{\"field\":\"name\",\"code\":\"required\",\"message\":\"This field is required.\"},"
          + "{\"field\":\"group\",\"code\":\"invalid_choice\","
          + "\"message\":\"\\\"in_review\\\" is not a valid choice.\"}]";

  private final MockWebServer server = new MockWebServer();
  private PlaneClient plane;

  @BeforeEach
  void start() {
    plane = Fixtures.client(server, new FakeTime()).maxRetries(0).build();
  }

  @AfterEach
  void stop() throws IOException {
    plane.close();
  }

  @Test
  void aValidationProblemHasItsCodeItsFieldErrorsAndAMessageNamingTheCall() {
    server.enqueue(
        problem(400, "invalid_request", "invalid_request", "One or more fields failed validation.",
            VALIDATION_ERRORS));

    PlaneBadRequestException e =
        assertThrows(
            PlaneBadRequestException.class,
            () -> plane.v2().states().createState(SLUG, "ENG", new StateCreate().color("#3f76ff")).execute());

    assertEquals(
        CREATE_STATE + " answered 400: One or more fields failed validation. name: This field is"
            + " required.; group: \"in_review\" is not a valid choice. (code invalid_request)",
        e.getMessage());
    assertEquals("invalid_request", e.code().orElseThrow());
    assertEquals("invalid_request", e.problemType().orElseThrow());
    assertEquals(
        List.of(
            new FieldError("name", "required", "This field is required."),
            new FieldError("group", "invalid_choice", "\"in_review\" is not a valid choice.")),
        e.errors());
    assertEquals("required", e.errors().get(0).code().orElseThrow());
    // the v1 view of the same errors
    assertEquals(
        Map.of(
            "name", List.of("This field is required."),
            "group", List.of("\"in_review\" is not a valid choice.")),
        e.fieldErrors());
  }

  @Test
  void aRefinedCodeIsReachableBesideItsType() {
    server.enqueue(
        problem(409, "conflict", "states_managed_at_workspace",
            "States are managed at the workspace level.", null));

    PlaneConflictException e =
        assertThrows(
            PlaneConflictException.class,
            () -> plane.v2().states().createState(SLUG, "ENG", new StateCreate().name("Review")).execute());

    assertEquals(
        CREATE_STATE + " answered 409: States are managed at the workspace level."
            + " (code states_managed_at_workspace)",
        e.getMessage());
    assertEquals("states_managed_at_workspace", e.code().orElseThrow());
    assertEquals("conflict", e.problemType().orElseThrow());
    assertEquals(List.of(), e.errors());
    assertFalse(e instanceof PlaneBulkConflictException);
  }

  /** Each status maps onto the same exception as a v1 answer of that status. */
  @ParameterizedTest(name = "{0} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
      400 | invalid_request     | count_pagination_disabled            | PlaneBadRequestException
      401 | unauthorized        | unauthorized                         | PlaneAuthenticationException
      402 | payment_required    | payment_required                     | PlaneApiException
      403 | forbidden           | workflow_transition_denied           | PlanePermissionException
      404 | not_found           | not_found                            | PlaneNotFoundException
      405 | method_not_allowed  | method_not_allowed                   | PlaneApiException
      409 | conflict            | governance_migration_in_progress     | PlaneConflictException
      429 | rate_limited        | rate_limited                         | PlaneRateLimitException
      500 | server_error        | listing_authorization_misconfigured  | PlaneServerException
      503 | service_unavailable | service_unavailable                  | PlaneServerException
      """)
  void everyStatusMapsOntoTheV1Exceptions(int status, String type, String code, String exception) {
    PlaneApiException e =
        PlaneApiException.of(
            "GET /api/v2/users/me/", status, Headers.of(), problemBody(type, code, "Why.", null));

    assertEquals(exception, e.getClass().getSimpleName());
    assertEquals(code, e.code().orElseThrow());
    assertEquals(type, e.problemType().orElseThrow());
    assertEquals("GET /api/v2/users/me/ answered " + status + ": Why. (code " + code + ")", e.getMessage());
  }

  @Test
  void anEarlyPreviewProblemWithTitleAndStatusStillReads() {
    PlaneApiException e =
        PlaneApiException.of(
            404, Headers.of(),
            "{\"type\":\"https://api.plane.so/errors/not_found\",\"title\":\"Not Found\","
                + "\"status\":404,\"code\":\"not_found\"}");

    assertInstanceOf(PlaneNotFoundException.class, e);
    assertEquals("Not Found (code not_found)", e.serverMessage());
    assertEquals("not_found", e.code().orElseThrow());
  }

  @Test
  void v1BodiesKeepTheirMessagesAndGainCodesAndErrors() {
    PlaneApiException coded =
        PlaneApiException.of(
            400, Headers.of(), "{\"code\": \"CYCLE_COMPLETED\", \"message\": \"The cycle is completed\"}");
    PlaneApiException limited =
        PlaneApiException.of(429, Headers.of(), Fixtures.RATE_LIMITED);
    PlaneApiException fields =
        PlaneApiException.of(400, Headers.of(), "{\"name\":[\"This field is required.\"]}");

    assertEquals("The cycle is completed (code CYCLE_COMPLETED)", coded.serverMessage());
    assertEquals("CYCLE_COMPLETED", coded.code().orElseThrow());
    assertFalse(coded.problemType().isPresent());
    assertEquals("5900", limited.code().orElseThrow());
    assertEquals(List.of(new FieldError("name", null, "This field is required.")), fields.errors());
    assertFalse(fields.code().isPresent());
    PlaneApiException fieldNamedCode =
        PlaneApiException.of(400, Headers.of(), "{\"code\":[\"This field is required.\"]}");
    assertFalse(fieldNamedCode.code().isPresent(), "a field's messages are not a code");
  }
}
