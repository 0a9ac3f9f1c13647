package io.github.planesdk.contract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * JUnit 5 extension: a Prism mock of our own spec on a free loopback port, started once per test
 * run (shared by every class that uses it) and stopped, child processes included, at the end.
 * Test methods and constructors may ask for a {@link PrismMock.Server} parameter: a mock of the
 * v1 spec, or of the v2 spec for a test class marked {@link V2}. Each spec gets one Prism
 * process for the run (see {@link Servers}).
 *
 * <p>Clients reach Prism through a {@link RecordingProxy} that logs every request it served in
 * {@link CallLog#RUN}, tied to the test that sent it and to that test's outcome: the coverage
 * gate ({@link ContractCoverageTest}) counts from that log. Any test class that registers this
 * extension (directly or through {@link ContractTestBase}) is counted.
 */
public final class PrismMock implements ParameterResolver, BeforeEachCallback, TestWatcher {
  private static final long START_TIMEOUT_SECONDS = 60;

  /** Marks a test class (and its subclasses) whose {@link Server} mocks the v2 spec. */
  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
  @java.lang.annotation.Inherited
  public @interface V2 {}

  /** A running Prism mock. */
  public static final class Server implements AutoCloseable {
    private final Process process;
    private final int port;
    private final StringBuffer log = new StringBuffer();
    private final CountDownLatch listening = new CountDownLatch(1);
    private RecordingProxy proxy;

    private Server(Process process, int port) {
      this.process = process;
      this.port = port;
    }

    /** Waits until Prism listens, then puts the recording proxy in front of it (once). */
    synchronized void awaitListening() {
      if (proxy != null) {
        return;
      }
      try {
        if (!listening.await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          close();
          throw new IllegalStateException("Prism did not start:\n" + log());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new IllegalStateException("interrupted while starting Prism", e);
      }
      try {
        proxy = new RecordingProxy("http://127.0.0.1:" + port + "/", CallLog.RUN::served);
      } catch (IOException e) {
        close();
        throw new IllegalStateException("cannot start the recording proxy", e);
      }
    }

    /** The base URL (the recording proxy in front of Prism), with a trailing slash. */
    public String baseUrl() {
      return proxy.baseUrl();
    }

    /** What Prism printed so far (for failure messages). */
    public String log() {
      return log.toString();
    }

    @Override
    public void close() {
      if (proxy != null) {
        try {
          proxy.close();
        } catch (IOException ignored) {
          // stopping anyway
        }
      }
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }

  private final Supplier<CallLog> log;

  /** The extension of the contract tests: the run's own log, {@link CallLog#RUN}. */
  public PrismMock() {
    this(() -> CallLog.RUN);
  }

  /** Ties tests to another log ({@link CoverageGateTest} runs sample tests with their own). */
  PrismMock(Supplier<CallLog> log) {
    this.log = log;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    log.get().testStarted(context.getUniqueId());
  }

  @Override
  public void testSuccessful(ExtensionContext context) {
    log.get().testFinished(context.getUniqueId(), true);
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    log.get().testFinished(context.getUniqueId(), false);
  }

  @Override
  public void testAborted(ExtensionContext context, Throwable cause) {
    log.get().testFinished(context.getUniqueId(), false);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Server.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    boolean v2 = context.getRequiredTestClass().isAnnotationPresent(V2.class);
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.create(PrismMock.class))
        .getOrComputeIfAbsent("servers", key -> new Servers(), Servers.class)
        .get(v2 ? "plane.spec.v2" : "plane.spec");
  }

  /**
   * Both mocks of the run. The first test that asks for one launches both processes, so the
   * second starts while the first one's tests run; each is awaited when first asked for.
   */
  static final class Servers implements AutoCloseable {
    private final Map<String, Server> launched = new LinkedHashMap<>();

    Servers() {
      for (String spec : List.of("plane.spec", "plane.spec.v2")) {
        launched.put(spec, launch(spec));
      }
    }

    synchronized Server get(String specProperty) {
      Server server = launched.get(specProperty);
      server.awaitListening();
      return server;
    }

    @Override
    public void close() {
      launched.values().forEach(Server::close);
    }
  }

  /** Starts the Prism process; {@link Server#awaitListening()} waits until it serves. */
  private static Server launch(String specProperty) {
    Path prism = Paths.get(property("plane.prism"));
    Path spec = Paths.get(property(specProperty));
    if (!Files.isExecutable(prism)) {
      throw new IllegalStateException(prism + " is missing: the build installs it with npm ci");
    }
    int port = freePort();
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    prism.toString(), "mock", spec.toString(),
                    "-h", "127.0.0.1", "-p", String.valueOf(port), "--errors"))
            .redirectErrorStream(true);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start " + prism, e);
    }
    Server server = new Server(process, port);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                  server.log.append(line).append('\n');
                  if (line.contains("Prism is listening")) {
                    server.listening.countDown();
                  }
                }
              } catch (IOException ignored) {
                // the process ended
              }
            },
            "prism-output");
    reader.setDaemon(true);
    reader.start();
    return server;
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException("system property " + name + " is not set (see pom.xml)");
    }
    return value;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free port", e);
    }
  }
}
