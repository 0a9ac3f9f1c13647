package io.github.planesdk;

import java.lang.reflect.Field;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts every {@link MockWebServer} field of the test before each test (before its own
 * {@code @BeforeEach}, which may build a client on it) and shuts it down after (after its own
 * {@code @AfterEach}, which may close that client).
 */
public final class MockWebServers implements BeforeEachCallback, AfterEachCallback {
  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    for (MockWebServer server : servers(context)) {
      server.start();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    for (MockWebServer server : servers(context)) {
      server.shutdown();
    }
  }

  private static java.util.List<MockWebServer> servers(ExtensionContext context)
      throws IllegalAccessException {
    Object test = context.getRequiredTestInstance();
    java.util.List<MockWebServer> servers = new java.util.ArrayList<>();
    for (Class<?> c = test.getClass(); c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (field.getType() == MockWebServer.class) {
          field.setAccessible(true);
          servers.add((MockWebServer) field.get(test));
        }
      }
    }
    return servers;
  }
}
