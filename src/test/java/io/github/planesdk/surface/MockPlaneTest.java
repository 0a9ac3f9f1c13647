package io.github.planesdk.surface;

import io.github.planesdk.Fixtures;
import io.github.planesdk.PlaneClient;
import io.github.planesdk.http.FakeTime;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A client talking to a fresh MockWebServer for each test. */
abstract class MockPlaneTest {
  final MockWebServer server = new MockWebServer();
  PlaneClient plane;

  @BeforeEach
  void startServer() throws Exception {
    server.start();
    plane = Fixtures.client(server, new FakeTime()).build();
  }

  @AfterEach
  void stopServer() throws Exception {
    plane.close();
    server.shutdown();
  }
}
