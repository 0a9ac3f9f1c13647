package io.github.planesdk.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A 404 on an operation of another edition is "not supported"; on any other, a deviation. */
class EditionTest {
  private static final String SPEC =
      String.join("\n",
          "openapi: 3.0.3",
          "info: {title: t, version: '1'}",
          "security: [{apiKey: []}]",
          "paths:",
          "  /api/v1/users/me/:",
          "    get:",
          "      operationId: getCurrentUser",
          "      tags: [Users]",
          "      responses:",
          "        '200': {description: ok, content: {application/json: {schema: {type: object}}}}",
          "        '401': {description: no key, content: {application/json: {schema: {type: object}}}}",
          "  /api/v1/workspaces/{slug}/customers/:",
          "    get:",
          "      operationId: listCustomers",
          "      tags: [Customers]",
          "      x-plane-edition: cloud",
          "      parameters: [{name: slug, in: path, required: true, schema: {type: string}}]",
          "      responses:",
          "        '200': {description: ok, content: {application/json: {schema: {type: object}}}}",
          "        '404': {description: none, content: {application/json: {schema: {type: object}}}}",
          "  /api/v1/workspaces/{slug}/stickies/:",
          "    get:",
          "      operationId: listStickies",
          "      tags: [Stickies]",
          "      parameters: [{name: slug, in: path, required: true, schema: {type: string}}]",
          "      responses:",
          "        '200': {description: ok, content: {application/json: {schema: {type: object}}}}",
          "        '404': {description: none, content: {application/json: {schema: {type: object}}}}",
          "components:",
          "  securitySchemes:",
          "    apiKey: {type: apiKey, in: header, name: X-API-Key}",
          "");

  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            if (request.getPath().equals("/api/v1/users/me/")) {
              int status = request.getHeader("X-API-Key") == null ? 401 : 200;
              return new MockResponse().setResponseCode(status)
                  .setHeader("Content-Type", "application/json").setBody("{}");
            }
            return new MockResponse().setResponseCode(404)
                .setHeader("Content-Type", "application/json").setBody("{\"detail\":\"Not found.\"}");
          }
        });
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void aCloudOnlyOperationMissingFromASelfHostedServerIsNotSupported() throws Exception {
    Target target = new Target(server.url("/"), "acme", null, false, false);
    assertEquals(Target.Edition.SERVER, target.edition);

    Results results = Conformance.run(target, FakePlane.KEY, SpecOperations.parse(SPEC), quiet());

    OperationResult customers = results.get("listCustomers");
    assertEquals(Verdict.NOT_SUPPORTED, customers.verdict(), customers.findings().toString());
    assertTrue(customers.findings().get(0).detail().startsWith("Cloud-only (`x-plane-edition: cloud`)"));
    OperationResult stickies = results.get("listStickies");
    assertEquals(Verdict.DEVIATION, stickies.verdict(), stickies.findings().toString());
    assertTrue(stickies.findings().get(0).detail().contains("expected 200, got 404"));
    assertFalse(results.conforms());
  }

  @Test
  void editionsFollowTheHost() {
    SpecOperations spec = SpecOperations.parse(SPEC);
    SpecOperation customers = spec.find("GET", "/api/v1/workspaces/{}/customers/");
    Target cloud = new Target(HttpUrl.get("https://api.plane.so/"), "acme", null, false, false);
    Target mock = new Target(HttpUrl.get("http://127.0.0.1:4010/"), "acme", null, false, true);
    assertEquals(Target.Edition.CLOUD, cloud.edition);
    assertFalse(cloud.mayLack(customers), "Cloud serves Cloud-only operations");
    assertFalse(mock.mayLack(customers), "the mock serves everything");
    assertFalse(mock.stateful());
  }

  private static ConsoleReporter quiet() {
    return new ConsoleReporter(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
  }
}
