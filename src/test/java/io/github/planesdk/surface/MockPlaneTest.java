package io.github.planesdk.surface;

import io.github.planesdk.Fixtures;
import io.github.planesdk.PlaneClient;
import io.github.planesdk.http.FakeTime;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import io.github.planesdk.MockWebServers;

/** A client talking to a fresh MockWebServer for each test. */
@ExtendWith(MockWebServers.class)
abstract class MockPlaneTest {
  final MockWebServer server = new MockWebServer();
  PlaneClient plane;

  @BeforeEach
  void startClient() throws Exception {
    plane = Fixtures.client(server, new FakeTime()).build();
  }

  @AfterEach
  void closeClient() throws Exception {
    plane.close();
  }
}
