package io.github.planesdk.http;

import io.github.planesdk.internal.CallControl;
import io.github.planesdk.internal.RetryAfter;
import io.github.planesdk.request.RequestOptions;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.UnknownServiceException;
import java.security.cert.CertificateException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSink;

/**
 * Retries a request on 429, 502, 503, 504 and connection failures, with exponential backoff
 * and jitter, honouring {@code Retry-After}. A request the server may have processed is
 * retried only when its method is idempotent; POST and PATCH are retried only when the server
 * provably did not process them: after a 429, or when no connection could be made (a stale
 * pooled connection refused before sending is handled below, by {@link ConnectionReuse}). A response
 * counts as received only when its whole body has arrived, so a body cut short is retried too.
 *
 * <p>No layer below may send a request again on its own. The client must not retry on its own
 * ({@code retryOnConnectionFailure(false)}): OkHttp would otherwise resend a POST whose connection
 * broke after it was written. And a request body is marked one-shot on its way down, because
 * OkHttp's follow-ups repeat a request answered {@code 503} with {@code Retry-After: 0} (or
 * {@code 408}, or a {@code 401} its authenticator answers) whatever that setting says, unless
 * its body is one-shot. This interceptor is the only one that resends it.
 *
 * <p>A call's {@link RequestOptions#maxRetries()} (the request's tag) replaces the client's
 * number of retries for that call.
 *
 * <p>No wait outlasts the call: a delay longer than the time its {@code callTimeout} leaves is
 * not waited for, and the last answer or failure is handed back at once. A cancelled call stops
 * waiting at once.
 */
public final class RetryInterceptor implements Interceptor {
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");
  private static final Duration INITIAL_BACKOFF = Duration.ofMillis(500);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(8);

  private final int maxRetries;
  private final Duration maxWait;
  private final Clock clock;
  private final Sleeper sleeper;

  /**
   * @param maxRetries retries after the first attempt, unless the call's options say otherwise
   * @param maxWait the longest {@code Retry-After} to honour; a longer one is not waited for
   */
  public RetryInterceptor(int maxRetries, Duration maxWait, Clock clock, Sleeper sleeper) {
    this.maxRetries = maxRetries;
    this.maxWait = maxWait;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = oneShot(CallControl.attach(chain.request()));
    CallControl control = request.tag(CallControl.class);
    control.timeLeft(clock, chain.call()); // the call's time starts now, if it has not yet
    boolean idempotent = isIdempotent(request.method());
    int maxRetries = RequestOptions.of(request).maxRetries().orElse(this.maxRetries);
    for (int attempt = 0; ; attempt++) {
      Response response;
      try {
        response = receiveFully(chain.proceed(request));
      } catch (IOException e) {
        if (attempt >= maxRetries
            || control.isCanceled(chain.call())
            || !retryable(e, idempotent)) {
          throw e;
        }
        Duration delay = backoff(attempt);
        if (control.outlasts(delay, clock, chain.call())) {
          throw e;
        }
        control.sleep(delay, sleeper, chain.call());
        continue;
      }
      Duration delay = attempt < maxRetries ? retryDelay(response, idempotent, attempt) : null;
      if (delay == null || control.outlasts(delay, clock, chain.call())) {
        return response;
      }
      response.close();
      control.sleep(delay, sleeper, chain.call());
    }
  }

  /** GET, HEAD, OPTIONS, PUT and DELETE: sending one twice has the effect of sending it once. */
  static boolean isIdempotent(String method) {
    return IDEMPOTENT.contains(method);
  }

  /** The request with its body marked one-shot, so that OkHttp never sends it again itself. */
  private static Request oneShot(Request request) {
    RequestBody body = request.body();
    if (body == null || body.isOneShot()) {
      return request;
    }
    return request.newBuilder().method(request.method(), new OneShotBody(body)).build();
  }

  /**
   * Whether the SDK's own interceptors may send this body again: it is absent, or it is a body
   * that only OkHttp must not repeat.
   */
  static boolean replayable(RequestBody body) {
    return body == null || body instanceof OneShotBody || !body.isOneShot();
  }

  /** How long to wait before retrying this answer, or {@code null} to hand it back. */
  private Duration retryDelay(Response response, boolean idempotent, int attempt) {
    int code = response.code();
    boolean retryable = code == 429 || (idempotent && (code == 502 || code == 503 || code == 504));
    if (!retryable) {
      return null;
    }
    Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), clock.instant());
    if (retryAfter == null) {
      return backoff(attempt);
    }
    return retryAfter.compareTo(maxWait) <= 0 ? retryAfter : null;
  }

  private static boolean retryable(IOException e, boolean idempotent) {
    if (e instanceof ConnectException
        || e instanceof NoRouteToHostException
        || e instanceof UnknownHostException) {
      return true; // nothing was sent
    }
    if (!idempotent
        || e instanceof UnknownServiceException
        || e instanceof SSLPeerUnverifiedException
        || e.getCause() instanceof CertificateException
        || (e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException))) {
      return false; // may have been processed, or will fail the same way, or was cancelled
    }
    return true;
  }

  /** Reads the body into memory; a connection that breaks mid-body fails here, retryably. */
  private static Response receiveFully(Response response) throws IOException {
    ResponseBody body = response.body();
    if (body != null) {
      try {
        body.source().request(Long.MAX_VALUE);
      } catch (IOException e) {
        response.close();
        throw e;
      }
    }
    return response;
  }

  /** 0.5 s, 1 s, 2 s ... up to 8 s, each shortened by up to a quarter at random. */
  private static Duration backoff(int attempt) {
    long millis = INITIAL_BACKOFF.toMillis() << Math.min(attempt, 10);
    millis = Math.min(millis, MAX_BACKOFF.toMillis());
    double jitter = 1 - 0.25 * ThreadLocalRandom.current().nextDouble();
    return Duration.ofMillis((long) (millis * jitter));
  }

  /**
   * The same bytes, written again for each attempt this interceptor makes, but one-shot to the
   * layers below, which must not repeat it.
   */
  private static final class OneShotBody extends RequestBody {
    private final RequestBody body;

    OneShotBody(RequestBody body) {
      this.body = body;
    }

    @Override
    public MediaType contentType() {
      return body.contentType();
    }

    @Override
    public long contentLength() throws IOException {
      return body.contentLength();
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      body.writeTo(sink);
    }

    @Override
    public boolean isOneShot() {
      return true;
    }
  }
}
