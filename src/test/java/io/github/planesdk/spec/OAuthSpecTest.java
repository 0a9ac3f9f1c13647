package io.github.planesdk.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The bundled v1 spec's OAuth app operations: the four of the Plane docs, Cloud-only, the two
 * token calls form-encoded, each with the credential it takes.
 */
class OAuthSpecTest {
  private final Map<String, Object> bundle = Bundles.load(Bundles.V1);

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @Test
  void theFourOAuthOperationsAreCloudOnly() {
    Map<String, String> found = new TreeMap<>();
    map(bundle.get("paths")).forEach((path, item) -> {
      if (path.startsWith("/auth/o/")) {
        map(item).forEach((method, operation) -> {
          Map<String, Object> op = map(operation);
          found.put(op.get("operationId") + " " + method.toUpperCase() + " " + path,
              String.valueOf(op.get("x-plane-edition")));
        });
      }
    });

    Map<String, String> expected = new TreeMap<>();
    for (String operation :
        List.of(
            "authorizeApp GET /auth/o/authorize-app/",
            "createOAuthToken POST /auth/o/token/",
            "revokeOAuthToken POST /auth/o/revoke-token/",
            "listAppInstallations GET /auth/o/app-installation/")) {
      expected.put(operation, "cloud");
    }
    assertEquals(expected, found);
  }

  @Test
  void tokenCallsAreFormEncodedAndNameTheirCredentials() {
    Map<String, Object> paths = map(bundle.get("paths"));
    for (String path : List.of("/auth/o/token/", "/auth/o/revoke-token/")) {
      Map<String, Object> post = map(map(paths.get(path)).get("post"));
      assertEquals(
          List.of("application/x-www-form-urlencoded"),
          List.copyOf(map(map(post.get("requestBody")).get("content")).keySet()),
          path);
      // the secret in the form (no credential), or the client as HTTP Basic
      assertEquals(List.of(Map.of(), Map.of("oauthClient", List.of())), post.get("security"), path);
    }
    Map<String, Object> installations = map(map(paths.get("/auth/o/app-installation/")).get("get"));
    assertEquals(List.of(Map.of("oauthToken", List.of())), installations.get("security"));
    Map<String, Object> grant =
        map(map(map(bundle.get("components")).get("schemas")).get("OAuthTokenRequest"));
    assertEquals(
        List.of("authorization_code", "refresh_token", "client_credentials"),
        map(map(grant.get("properties")).get("grant_type")).get("enum"));
  }

  @Test
  void bothWebhookPayloadsAreInTheBundle() {
    Map<String, Object> schemas = map(map(bundle.get("components")).get("schemas"));
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (String model : List.of("WebhookPayloadV1", "WebhookPayloadV2")) {
      fields.put(model, List.copyOf(map(map(schemas.get(model)).get("properties")).keySet()));
    }

    assertEquals(
        Map.of(
            "WebhookPayloadV1",
            List.of("event", "action", "webhook_id", "workspace_id", "data", "activity"),
            "WebhookPayloadV2",
            List.of("version", "delivery_id", "event_id", "entity_id", "entity_type", "event",
                "webhook_id", "workspace_id", "data", "previous_attributes")),
        fields);
  }
}
