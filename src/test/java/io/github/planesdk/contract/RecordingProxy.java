package io.github.planesdk.contract;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.internal.http.HttpMethod;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;

/**
 * A loopback reverse proxy in front of the mock: passes each request and its answer through
 * unchanged and reports what it served (method, path, status, whether the mock refused the
 * request with {@code sl-violations}) to a listener.
 */
final class RecordingProxy implements AutoCloseable {
  /** Headers that describe one hop, not the message; each side sets its own. */
  private static final Set<String> HOP_HEADERS =
      Set.of("host", "connection", "content-length", "transfer-encoding", "accept-encoding",
          "keep-alive");

  /** Kept so the level sticks: a pooled client connection closed unused is no news here. */
  private static final Logger FRONT_LOG = Logger.getLogger(MockWebServer.class.getName());

  static {
    FRONT_LOG.setLevel(Level.SEVERE);
  }

  private final MockWebServer front = new MockWebServer();
  /**
   * Prism (Node) closes a connection idle for 5 s; kept for less, a pooled connection is not
   * reused just as Prism closes it, which failed whichever request came about 5 s after the last.
   */
  private final OkHttpClient upstream =
      new OkHttpClient.Builder()
          .followRedirects(false)
          .retryOnConnectionFailure(false)
          .connectionPool(new okhttp3.ConnectionPool(5, 2, java.util.concurrent.TimeUnit.SECONDS))
          .build();

  RecordingProxy(String targetBaseUrl, Consumer<CallLog.ServedCall> listener) throws IOException {
    String target = targetBaseUrl.endsWith("/")
        ? targetBaseUrl.substring(0, targetBaseUrl.length() - 1)
        : targetBaseUrl;
    front.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            try {
              return forward(target, request, listener);
            } catch (IOException e) {
              return new MockResponse().setResponseCode(502).setBody("proxy: " + e);
            }
          }
        });
    front.start(InetAddress.getLoopbackAddress(), 0);
  }

  /** The base URL clients call, with a trailing slash. */
  String baseUrl() {
    return "http://127.0.0.1:" + front.getPort() + "/";
  }

  private MockResponse forward(
      String target, RecordedRequest request, Consumer<CallLog.ServedCall> listener)
      throws IOException {
    String method = request.getMethod();
    byte[] body = request.getBody().readByteArray();
    RequestBody forwardedBody = null;
    if (HttpMethod.requiresRequestBody(method) || (HttpMethod.permitsRequestBody(method) && body.length > 0)) {
      String type = request.getHeader("Content-Type");
      forwardedBody = RequestBody.create(body, type == null ? null : MediaType.parse(type));
    }
    Request.Builder forwarded =
        new Request.Builder().url(target + request.getPath()).method(method, forwardedBody);
    copy(request.getHeaders(), forwarded::addHeader);
    try (Response response = upstream.newCall(forwarded.build()).execute()) {
      MockResponse answer = new MockResponse().setResponseCode(response.code());
      answer.setHeaders(new Headers.Builder().build());
      copy(response.headers(), answer::addHeader);
      byte[] payload = response.body() == null ? new byte[0] : response.body().bytes();
      if (response.code() != 204 && response.code() != 304) {
        answer.setBody(new Buffer().write(payload)); // also sets Content-Length
      }
      listener.accept(
          new CallLog.ServedCall(
              method, request.getPath(), response.code(), response.header("sl-violations") != null));
      return answer;
    }
  }

  private interface HeaderSink {
    void add(String name, String value);
  }

  private static void copy(Headers headers, HeaderSink sink) {
    for (int i = 0; i < headers.size(); i++) {
      if (!HOP_HEADERS.contains(headers.name(i).toLowerCase(Locale.ROOT))) {
        sink.add(headers.name(i), headers.value(i));
      }
    }
  }

  @Override
  public void close() throws IOException {
    front.shutdown();
    upstream.dispatcher().executorService().shutdown();
    upstream.connectionPool().evictAll();
  }
}
