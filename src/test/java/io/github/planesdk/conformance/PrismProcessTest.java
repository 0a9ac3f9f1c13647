package io.github.planesdk.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The embedded mock listens on loopback and is gone, with its children, after close(). */
class PrismProcessTest {
  @Test
  void startsOnLoopbackAndStopsByPid() throws Exception {
    PrismProcess prism = PrismProcess.start(Path.of(System.getProperty("plane.prism")), SpecOperations.bundled().text());
    long pid = prism.pid();
    try {
      assertEquals("127.0.0.1", prism.baseUrl().host());
      Request me = new Request.Builder().url(prism.baseUrl().resolve("api/v1/users/me/"))
          .header("X-API-Key", ConformanceMain.MOCK_KEY).build();
      try (Response response = new OkHttpClient().newCall(me).execute()) {
        assertEquals(200, response.code());
      }
      assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    } finally {
      prism.close();
    }
    assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "Prism still runs");
  }
}
