package io.github.planesdk;

import static io.github.planesdk.Fixtures.API_KEY;
import static io.github.planesdk.Fixtures.PROJECT_ID;
import static io.github.planesdk.Fixtures.SLUG;
import static io.github.planesdk.Fixtures.USER;
import static io.github.planesdk.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.planesdk.errors.PlaneApiException;
import io.github.planesdk.errors.PlaneConnectionException;
import io.github.planesdk.errors.PlaneException;
import io.github.planesdk.errors.PlanePermissionException;
import io.github.planesdk.http.FakeTime;
import io.github.planesdk.model.Project;
import io.github.planesdk.model.ProjectCreate;
import io.github.planesdk.model.UserLite;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor.Level;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

import retrofit2.Response;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import retrofit2.Response;
import org.junit.jupiter.api.extension.ExtendWith;

/** The client's safe defaults: the key stays secret, plain http is refused, TLS is configurable. */
@ExtendWith(MockWebServers.class)
class PlaneClientTest {
  private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private final List<String> log = new CopyOnWriteArrayList<>();

  private void assertNoKey(String text) {
    assertFalse(text.contains(API_KEY), "the API key leaked into: " + text);
  }

  @Test
  void sendsTheKeyInTheHeader() throws InterruptedException {
    server.enqueue(json(200, USER));
    try (PlaneClient plane = Fixtures.client(server, time).build()) {
      plane.users().getCurrentUser().execute();
    }

    assertEquals(API_KEY, server.takeRequest().getHeader("X-API-Key"));
  }

  @Test
  void keyNeverAppearsInLogs() throws InterruptedException {
    server.enqueue(json(200, USER));
    server.enqueue(json(403, "{\"detail\":\"Given API token is not valid\"}"));
    try (PlaneClient plane =
        Fixtures.client(server, time).httpLogging(Level.BODY, log::add).build()) {
      plane.users().getCurrentUser().execute();
      assertThrows(PlanePermissionException.class, () -> plane.users().getCurrentUser().execute());
    }

    assertEquals(API_KEY, server.takeRequest().getHeader("X-API-Key"));
    String output = String.join("\n", log);
    assertTrue(output.contains("X-API-Key: ██"), output);
    assertTrue(output.contains("\"display_name\":\"sdk-tester\""), output); // BODY level logs bodies
    assertNoKey(output);
  }

  @Test
  void keyNeverAppearsInExceptionsEvenWhenTheServerEchoesIt() {
    server.enqueue(json(403, "{\"detail\":\"Given API token " + API_KEY + " is not valid\"}"));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    try (PlaneClient plane = Fixtures.client(server, time).maxRetries(0).build()) {
      PlaneApiException api =
          assertThrows(PlaneApiException.class, () -> plane.users().getCurrentUser().execute());
      PlaneConnectionException io =
          assertThrows(PlaneConnectionException.class, () -> plane.users().getCurrentUser().execute());

      assertEquals("GET /api/v1/users/me/ answered 403: Given API token ██ is not valid", api.getMessage());
      for (PlaneException e : List.of(api, io)) {
        assertNoKey(e.toString());
        assertNoKey(String.valueOf(e.getMessage()));
      }
      assertNoKey(api.body());
      assertNoKey(plane.toString());
      assertNoKey(plane.httpClient().networkInterceptors().toString());
    }
  }

  @Test
  void rawResponseDoesNotCarryTheKey() {
    server.enqueue(json(200, USER));
    try (PlaneClient plane = Fixtures.client(server, time).build()) {
      Response<UserLite> response = plane.users().getCurrentUser().executeForResponse();

      assertNull(response.raw().request().header("X-API-Key"));
      assertNull(response.raw().networkResponse().request().header("X-API-Key"));
      assertNoKey(response.raw().toString());
      assertNoKey(response.raw().request().toString());
    }
  }

  @Test
  void aRedirectToAnotherServerDoesNotReceiveTheKey() throws Exception {
    try (MockWebServer elsewhere = new MockWebServer()) {
      elsewhere.enqueue(json(200, USER));
      server.enqueue(
          new MockResponse().setResponseCode(302).setHeader("Location", elsewhere.url("/file")));
      try (PlaneClient plane = Fixtures.client(server, time).build()) {
        // even a caller who re-enables redirects on the SDK's client keeps the key home
        OkHttpClient rewired = plane.httpClient().newBuilder().followRedirects(true).build();
        rewired.newCall(new okhttp3.Request.Builder().url(server.url("/api/v1/users/me/")).build())
            .execute()
            .close();
      }

      assertEquals(API_KEY, server.takeRequest().getHeader("X-API-Key"));
      RecordedRequest redirected = elsewhere.takeRequest();
      assertEquals("/file", redirected.getPath());
      assertNull(redirected.getHeader("X-API-Key"));
    }
  }

  @Test
  void aDownloadRedirectIsHandedBackNotFollowed() throws Exception {
    try (MockWebServer storage = new MockWebServer()) {
      server.enqueue(
          new MockResponse().setResponseCode(302).setHeader("Location", storage.url("/file")));
      server.enqueue(
          new MockResponse().setResponseCode(302).setHeader("Location", storage.url("/file")));
      UUID id = UUID.randomUUID();
      try (PlaneClient plane = Fixtures.client(server, time).build()) {
        assertNull(
            plane.workItemAttachments().getWorkItemAttachment(SLUG, PROJECT_ID, id, id).execute());
        Response<Void> response =
            plane
                .workItemAttachments()
                .getWorkItemAttachment(SLUG, PROJECT_ID, id, id)
                .executeForResponse();
        assertEquals(302, response.code());
        assertEquals(storage.url("/file").toString(), response.headers().get("Location"));
      }
      assertEquals(2, server.getRequestCount());
      assertEquals(0, storage.getRequestCount());
    }
  }

  @Test
  void aRedirectOnAnOperationWithABodyIsAnError() {
    server.enqueue(new MockResponse().setResponseCode(301).setHeader("Location", "/elsewhere/"));
    try (PlaneClient plane = Fixtures.client(server, time).build()) {
      PlaneApiException e =
          assertThrows(PlaneApiException.class, () -> plane.users().getCurrentUser().execute());
      assertEquals(301, e.statusCode());
    }
  }

  @Test
  void refusesPlainHttpToARemoteHost() {
    PlaneClient.Builder builder =
        PlaneClient.builder().apiKey(API_KEY).baseUrl("http://plane.example.com/");

    IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);
    assertTrue(e.getMessage().contains("plane.example.com"), e.getMessage());
    builder.allowInsecureHttp().build().close();
    PlaneClient.builder().apiKey(API_KEY).baseUrl("http://localhost:8000/").build().close();
    PlaneClient.builder().apiKey(API_KEY).baseUrl("http://127.0.0.1:8000/").build().close();
    PlaneClient.builder().apiKey(API_KEY).baseUrl("http://[::1]:8000/").build().close();
  }

  @Test
  void keyIsRequiredAndChecked() {
    assertThrows(IllegalStateException.class, () -> PlaneClient.builder().build());
    assertThrows(IllegalStateException.class, () -> PlaneClient.builder().apiKey("  ").build());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PlaneClient.builder().apiKey("plane_api_ab\ncd" + API_KEY));
    assertNoKey(e.getMessage());
    assertTrue(e.getMessage().contains("index 12"), e.getMessage());
  }

  @Test
  void keyReadFromAFileLosesItsNewline() throws InterruptedException {
    server.enqueue(json(200, USER));
    try (PlaneClient plane = Fixtures.client(server, time).apiKey(API_KEY + "\n").build()) {
      plane.users().getCurrentUser().execute();
    }

    assertEquals(API_KEY, server.takeRequest().getHeader("X-API-Key"));
  }

  @Test
  void timeoutsHaveDefaultsAndCanBeSet() {
    try (PlaneClient plane = PlaneClient.builder().apiKey(API_KEY).build()) {
      OkHttpClient http = plane.httpClient();
      assertEquals(10_000, http.connectTimeoutMillis());
      assertEquals(30_000, http.readTimeoutMillis());
      assertEquals(30_000, http.writeTimeoutMillis());
      assertEquals(0, http.callTimeoutMillis());
      assertFalse(http.retryOnConnectionFailure());
    }
    try (PlaneClient plane =
        PlaneClient.builder()
            .apiKey(API_KEY)
            .connectTimeout(Duration.ofSeconds(1))
            .readTimeout(Duration.ofSeconds(2))
            .writeTimeout(Duration.ofSeconds(3))
            .callTimeout(Duration.ofSeconds(4))
            .build()) {
      OkHttpClient http = plane.httpClient();
      assertEquals(1_000, http.connectTimeoutMillis());
      assertEquals(2_000, http.readTimeoutMillis());
      assertEquals(3_000, http.writeTimeoutMillis());
      assertEquals(4_000, http.callTimeoutMillis());
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> PlaneClient.builder().readTimeout(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> PlaneClient.builder().maxRetries(-1));
  }

  private HeldCertificate serveHttpsFromAPrivateCa() {
    HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).build();
    HeldCertificate serverCertificate =
        new HeldCertificate.Builder()
            .addSubjectAlternativeName(server.getHostName())
            .addSubjectAlternativeName("localhost")
            .signedBy(ca)
            .build();
    HandshakeCertificates serverTls =
        new HandshakeCertificates.Builder().heldCertificate(serverCertificate, ca.certificate()).build();
    server.useHttps(serverTls.sslSocketFactory(), false);
    return ca;
  }

  @Test
  void trustsAPrivateCaGivenAsPem(@TempDir Path dir) throws IOException {
    HeldCertificate ca = serveHttpsFromAPrivateCa();
    server.enqueue(json(200, USER));
    server.enqueue(json(201, Fixtures.project(PROJECT_ID, "P")));
    Path pem = Files.writeString(dir.resolve("ca.pem"), ca.certificatePem());

    try (PlaneClient fromStream =
            Fixtures.client(server, time)
                .trustedCertificates(
                    new ByteArrayInputStream(ca.certificatePem().getBytes(StandardCharsets.US_ASCII)))
                .build();
        PlaneClient fromFile = Fixtures.client(server, time).trustedCertificates(pem).build()) {
      assertEquals("https", fromStream.baseUrl().scheme());
      assertEquals("sdk-tester", fromStream.users().getCurrentUser().execute().getDisplayName());
      Project created =
          fromFile.projects().createProject(SLUG, new ProjectCreate().name("P").identifier("P")).execute();
      assertEquals(PROJECT_ID, created.getId());
    }
  }

  @Test
  void aPostAfterTheServerClosedAnIdleTlsConnectionGoesOutOnceOnAFreshOne() throws Exception {
    HeldCertificate ca = serveHttpsFromAPrivateCa();
    server.setProtocols(List.of(okhttp3.Protocol.HTTP_1_1)); // HTTP/2 is left to OkHttp
    // the server closes the connection once it has answered, as at the end of its keep-alive
    server.enqueue(json(200, USER).setSocketPolicy(SocketPolicy.DISCONNECT_AT_END));
    server.enqueue(json(201, Fixtures.project(PROJECT_ID, "P")));
    try (PlaneClient plane =
        Fixtures.client(server, time).maxRetries(0).trustedCertificates(
            new ByteArrayInputStream(ca.certificatePem().getBytes(StandardCharsets.US_ASCII))).build()) {
      plane.users().getCurrentUser().execute();
      Thread.sleep(300); // idle long enough to be probed before reuse

      Project created =
          plane.projects().createProject(SLUG, new ProjectCreate().name("P").identifier("P")).execute();

      assertEquals(PROJECT_ID, created.getId());
    }
    assertEquals(2, server.getRequestCount());
    server.takeRequest();
    RecordedRequest post = server.takeRequest();
    assertEquals("POST", post.getMethod());
    assertEquals(0, post.getSequenceNumber()); // the first exchange of a fresh connection
  }

  @Test
  void anUntrustedCertificateFailsWithoutRetrying() {
    serveHttpsFromAPrivateCa();
    server.enqueue(json(200, USER));

    try (PlaneClient plane = Fixtures.client(server, time).build()) {
      PlaneConnectionException e =
          assertThrows(PlaneConnectionException.class, () -> plane.users().getCurrentUser().execute());

      assertInstanceOf(SSLHandshakeException.class, e.getCause());
      assertTrue(time.sleeps().isEmpty(), "retried a certificate failure");
    }
  }

  @Test
  void rejectsAFileWithoutCertificates() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PlaneClient.builder()
                .trustedCertificates(new ByteArrayInputStream("not a certificate".getBytes(StandardCharsets.US_ASCII))));
  }
}
