package io.github.planesdk.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each probe, against a server that answers 500, 400 or 200 to it. */
class BadInputProbesTest {
  private static final SpecOperations SPEC = SpecOperations.bundled();
  private static final SpecOperation LIST = SPEC.find("GET", "/api/v1/workspaces/{}/projects/");
  private static final SpecOperation DETAIL = SPEC.find("GET", "/api/v1/workspaces/{}/projects/{}/work-items/{}/");
  private static final SpecOperation CREATE = SPEC.find("POST", "/api/v1/workspaces/{}/projects/{}/work-items/");
  private static final String PATH = "/api/v1/workspaces/acme/projects/1ab7ec3f-552e-4a0f-845c-0c4371e8ac2c/work-items/";

  private final MockWebServer server = new MockWebServer();
  private BadInputProbes probes;

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String target = request.getPath();
        int status = target.contains("per_page=0") || target.contains("order_by=") ? 500
            : target.contains("per_page=1001") ? 200 : 400;
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody("{}");
      }
    });
    server.start();
    Target target = new Target(server.url("/"), "acme", null, true, false);
    Checker checker = new Checker(target, new OkHttpClient(),
        OpenApiInteractionValidator.createForInlineApiSpecification(SPEC.textForValidator()).build(),
        SdkTypes.scan(), new RateLimitCheck());
    probes = new BadInputProbes(checker);
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void listProbesJudgeEachAnswer() {
    String projects = "/api/v1/workspaces/acme/projects/";
    List<String> found = lines(probes.read(LIST, projects, Map.of()));
    assertEquals(List.of(
        "deviation: server error on bad input: GET " + projects + "?per_page=0 (per_page below the minimum) answered 500 instead of a 4xx: {}",
        "skipped: GET " + projects + "?per_page=1001 (per_page above the maximum) was accepted with 200: the server is more lenient than the spec",
        "deviation: server error on bad input: GET " + projects + "?order_by=plane_conformance_no_such_field (order_by an unknown field) answered 500 instead of a 4xx: {}",
        "pass: GET " + projects + "?cursor=not-a-cursor (cursor malformed) was refused with 400"), found);
    assertEquals(List.of(), probes.read(LIST, projects, Map.of()), "once per family");
  }

  @Test
  void aMalformedUuidInThePathMustBeRefused() {
    List<String> found = lines(probes.read(DETAIL, PATH + "e4213835-14c8-4556-b23f-dc1b90b6661c/", Map.of()));
    assertEquals(List.of("pass: GET " + PATH + "not-a-uuid/ (a malformed UUID in the path) was refused with 400"), found);
  }

  @Test
  void aMalformedJsonBodyMustBeRefused() throws Exception {
    assertEquals(List.of("pass: POST " + PATH + " (a malformed JSON body) was refused with 400"),
        lines(probes.write(CREATE, PATH)));
    RecordedRequest sent = server.takeRequest();
    assertEquals(BadInputProbes.BAD_JSON, sent.getBody().readUtf8());
  }

  private static List<String> lines(List<Finding> findings) {
    return findings.stream().map(f -> f.verdict().label() + ": " + f.detail()).collect(Collectors.toList());
  }
}
