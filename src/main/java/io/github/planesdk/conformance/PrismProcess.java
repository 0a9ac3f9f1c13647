package io.github.planesdk.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;

/**
 * The embedded mock: Prism, from the project checkout's {@code node_modules}, serving the bundled
 * spec on a free loopback port. {@link #close()} (or a shutdown hook, if the run dies) stops it
 * and its child processes.
 */
final class PrismProcess implements AutoCloseable {
  private static final long START_SECONDS = 60;

  private final Process process;
  private final int port;
  private final Path specFile;
  private final StringBuffer log = new StringBuffer();
  private final CountDownLatch listening = new CountDownLatch(1);
  private final Thread stopOnExit;

  private PrismProcess(Process process, int port, Path specFile) {
    this.process = process;
    this.port = port;
    this.specFile = specFile;
    this.stopOnExit = new Thread(this::stop, "plane-conformance-prism-stop");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
  }

  static PrismProcess start(Path prism, String specYaml) throws SetupException {
    return startAll(prism, List.of(specYaml)).get(0);
  }

  /**
   * One Prism per spec (Prism mocks one document), launched together so their start-up overlaps;
   * if one does not start, those already launched are stopped.
   */
  static List<PrismProcess> startAll(Path prism, List<String> specYamls) throws SetupException {
    List<PrismProcess> started = new java.util.ArrayList<>();
    try {
      for (String yaml : specYamls) {
        started.add(launch(prism, yaml));
      }
      for (PrismProcess p : started) {
        p.awaitListening();
      }
      return started;
    } catch (SetupException | RuntimeException e) {
      started.forEach(PrismProcess::close);
      throw e;
    }
  }

  private static PrismProcess launch(Path prism, String specYaml) throws SetupException {
    if (!Files.isExecutable(prism)) {
      throw new SetupException("Prism is not at " + prism + ": run the check from the project checkout"
          + " after `mvn package` (it installs Prism with npm ci), or name it with --prism or PLANE_PRISM");
    }
    Path spec;
    try {
      spec = Files.createTempFile("plane-openapi-", ".yaml");
      Files.writeString(spec, specYaml);
    } catch (IOException e) {
      throw new SetupException("cannot write the spec for Prism: " + e.getMessage(), e);
    }
    int port = freePort();
    Process process;
    try {
      process =
          new ProcessBuilder(
                  List.of(prism.toString(), "mock", spec.toString(),
                      "-h", "127.0.0.1", "-p", String.valueOf(port), "--errors"))
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      deleteQuietly(spec);
      throw new SetupException("cannot start " + prism + ": " + e.getMessage(), e);
    }
    PrismProcess prismProcess = new PrismProcess(process, port, spec);
    prismProcess.readOutput();
    return prismProcess;
  }

  HttpUrl baseUrl() {
    return HttpUrl.get("http://127.0.0.1:" + port + "/");
  }

  long pid() {
    return process.pid();
  }

  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    } catch (IllegalStateException e) {
      // already shutting down: the hook runs stop() again, harmlessly
    }
  }

  private void readOutput() {
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                  log.append(line).append('\n');
                  if (line.contains("Prism is listening")) {
                    listening.countDown();
                  }
                }
              } catch (IOException e) {
                // Prism ended; close() cleans up
              }
            },
            "plane-conformance-prism-output");
    reader.setDaemon(true);
    reader.start();
  }

  private void awaitListening() throws SetupException {
    boolean started;
    try {
      started = listening.await(START_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      started = false;
    }
    if (!started) {
      close();
      throw new SetupException("Prism did not start within " + START_SECONDS + " s:\n" + log);
    }
  }

  /** Children first (node may spawn them), by PID, then Prism itself; forcibly if they linger. */
  private synchronized void stop() {
    List<ProcessHandle> children = process.descendants().collect(Collectors.toList());
    children.forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    deleteQuietly(specFile);
  }

  private static int freePort() throws SetupException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new SetupException("no free loopback port for Prism", e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a temp file; the OS cleans up
    }
  }
}
