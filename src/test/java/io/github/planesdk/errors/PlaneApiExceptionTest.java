package io.github.planesdk.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.json.PlaneJson;
import io.github.planesdk.model.ErrorBody;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaneApiExceptionTest {
  /** Each error body recorded from a real Plane server, and the one line it should read as. */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
      400 | {"error": "Archived project cannot be updated"}                    | PlaneBadRequestException     | Archived project cannot be updated
      400 | {"priority": ["\\"bogus\\" is not a valid choice."]}               | PlaneBadRequestException     | priority: "bogus" is not a valid choice.
      400 | {"detail": "Invalid cursor parameter."}                            | PlaneBadRequestException     | Invalid cursor parameter.
      400 | {"relation_type": ["This field is required."], "issues": ["This field is required."]} | PlaneBadRequestException | relation_type: This field is required.; issues: This field is required.
      400 | {"non_field_errors": ["Start date cannot exceed target date"]}      | PlaneBadRequestException     | Start date cannot exceed target date
      400 | {"error": ["URL already exists for this Issue"]}                    | PlaneBadRequestException     | URL already exists for this Issue
      400 | {"error": "Invalid file type.", "status": false}                    | PlaneBadRequestException     | Invalid file type.
      400 | {"status": ["\\"bogus\\" is not a valid choice."]}                 | PlaneBadRequestException     | status: "bogus" is not a valid choice.
      400 | {"code": "CYCLE_COMPLETED", "message": "The cycle is completed"}    | PlaneBadRequestException     | The cycle is completed (code CYCLE_COMPLETED)
      401 | {"detail": "Authentication credentials were not provided."}         | PlaneAuthenticationException | Authentication credentials were not provided.
      403 | {"detail": "Given API token is not valid"}                          | PlanePermissionException     | Given API token is not valid
      403 | {"detail": "You do not have permission to perform this action."}    | PlanePermissionException     | You do not have permission to perform this action.
      404 | {"error": "The requested resource does not exist."}                 | PlaneNotFoundException       | The requested resource does not exist.
      404 | {"message": "Activity not found.", "code": "NOT_FOUND"}             | PlaneNotFoundException       | Activity not found. (code NOT_FOUND)
      405 | {"detail": "Method \\"PUT\\" not allowed."}                         | PlaneApiException            | Method "PUT" not allowed.
      409 | {"error": "State with the same name already exists in the project", "id": "f9739830-104e-4781-8c9c-f82c79f48361"} | PlaneConflictException | State with the same name already exists in the project
      409 | {"identifier": "The project identifier is already taken"}           | PlaneConflictException       | identifier: The project identifier is already taken
      413 | {"error": "REQUEST_BODY_TOO_LARGE", "detail": "Request body too large"} | PlaneApiException        | Request body too large
      429 | {"error_code": 5900, "error_message": "RATE_LIMIT_EXCEEDED"}        | PlaneRateLimitException      | RATE_LIMIT_EXCEEDED (code 5900)
      500 | {"error": "Something went wrong please try again later"}            | PlaneServerException         | Something went wrong please try again later
      502 | `<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>` | PlaneServerException | 502 Bad Gateway
      503 | `<html><body><h1>Service &amp; API down</h1><p>maintenance</p></body></html>` | PlaneServerException | Service & API down
      504 | `upstream request timeout`                                          | PlaneServerException         | upstream request timeout
      400 | `estimate must be < 10 and > 0`                                     | PlaneBadRequestException     | estimate must be < 10 and > 0
      500 | {"errors": [{"reason": "a shape Plane does not send yet"}]}         | PlaneServerException         | errors: reason: a shape Plane does not send yet
      400 | ["a bare list", "of messages"]                                      | PlaneBadRequestException     | a bare list of messages
      400 | {"detail": "truncated                                                | PlaneBadRequestException     | {"detail": "truncated
      """)
  void normalizesEveryErrorShape(int status, String body, String type, String message) {
    PlaneApiException e = PlaneApiException.of(status, Headers.of(), body);

    assertEquals(type, e.getClass().getSimpleName());
    assertEquals(message, e.serverMessage());
    assertEquals(status + ": " + message, e.getMessage());
    assertEquals(status, e.statusCode());
    assertEquals(body, e.body());
  }

  @Test
  void aFieldNamedStatusDecodesIntoTheErrorModel() throws java.io.IOException {
    // recorded: a bad module or intake status; ErrorBody.status was a boolean, and this failed
    String body = "{\"status\": [\"\\\"bogus\\\" is not a valid choice.\"]}";
    ErrorBody decoded = PlaneJson.moshi().adapter(ErrorBody.class).fromJson(body);

    assertEquals(List.of("\"bogus\" is not a valid choice."), decoded.getStatus());
    assertEquals(
        Map.of("status", List.of("\"bogus\" is not a valid choice.")),
        ((PlaneBadRequestException) PlaneApiException.of(400, Headers.of(), body)).fieldErrors());
  }

  @Test
  void emptyBodyStillHasAMessage() {
    PlaneApiException e = PlaneApiException.of(502, Headers.of(), "");

    assertInstanceOf(PlaneServerException.class, e);
    assertEquals("502: HTTP 502 without an error message", e.getMessage());
  }

  @Test
  void longTextIsShortened() {
    PlaneApiException e = PlaneApiException.of(500, Headers.of(), "x".repeat(5000));

    assertEquals(201, e.serverMessage().length());
    assertTrue(e.serverMessage().endsWith("…"));
  }

  @Test
  void badRequestListsFieldErrors() {
    PlaneBadRequestException e =
        (PlaneBadRequestException)
            PlaneApiException.of(
                400,
                Headers.of(),
                "{\"name\":[\"This field is required.\"],\"color\":[\"This field is required.\","
                    + "\"Not a colour.\"]}");

    assertEquals(
        Map.of(
            "name", List.of("This field is required."),
            "color", List.of("This field is required.", "Not a colour.")),
        e.fieldErrors());
  }

  @Test
  void badRequestWithOneMessageHasNoFieldErrors() {
    PlaneBadRequestException e =
        (PlaneBadRequestException)
            PlaneApiException.of(400, Headers.of(), "{\"detail\":\"Invalid per_page parameter.\"}");

    assertTrue(e.fieldErrors().isEmpty());
  }

  @Test
  void conflictNamesTheExistingObject() {
    PlaneConflictException e =
        (PlaneConflictException)
            PlaneApiException.of(
                409,
                Headers.of(),
                "{\"error\":\"Issue with the same external id and external source already exists\","
                    + "\"id\":\"8abd977a-0a5f-4ee5-82bc-59982c9cd31c\"}");

    assertEquals(UUID.fromString("8abd977a-0a5f-4ee5-82bc-59982c9cd31c"), e.existingId().orElseThrow());
  }

  @Test
  void projectNameConflictHasNoId() {
    PlaneConflictException e =
        (PlaneConflictException)
            PlaneApiException.of(409, Headers.of(), "{\"name\":\"The project name is already taken\"}");

    assertFalse(e.existingId().isPresent());
  }

  @Test
  void rateLimitCarriesTheWait() {
    PlaneRateLimitException e =
        (PlaneRateLimitException)
            PlaneApiException.of(
                429, Headers.of("Retry-After", "60"),
                "{\"error_code\":5900,\"error_message\":\"RATE_LIMIT_EXCEEDED\"}");

    assertEquals(Duration.ofSeconds(60), e.retryAfter().orElseThrow());
  }

  @Test
  void rateLimitWithoutRetryAfter() {
    PlaneRateLimitException e =
        (PlaneRateLimitException) PlaneApiException.of(429, null, "");

    assertFalse(e.retryAfter().isPresent());
    assertEquals(0, e.headers().size());
  }
}
