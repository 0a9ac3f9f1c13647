package io.github.planesdk.http;

import io.github.planesdk.internal.CallControl;
import io.github.planesdk.request.RequestOptions;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.WeakHashMap;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Keeps requests off pooled HTTP/1.1 connections the server has closed or may be about to close.
 * A server closes a connection that sat idle for its keep-alive (Plane's own about 5 s, proxies
 * 60–75 s); a request written to it is lost, and for a POST the client cannot tell whether the
 * server processed it. So, before a request goes out on a connection that served an earlier one:
 *
 * <ul>
 *   <li>a connection idle longer than {@code idleTimeout} is not used: its socket is closed and
 *       the request goes out on another connection;
 *   <li>a connection idle for {@value #PROBE_AFTER_MILLIS} ms or more is probed (a read of at
 *       most 1 ms): if the server closed it, reset it or wrote to it unasked, it is not used
 *       either.
 * </ul>
 *
 * In both cases not one byte of the request was written, so the request, a POST too, goes out
 * again at once, without counting as a retry. A request that fails on a reused connection before
 * its answer's headers arrived goes out once more at once if it is idempotent (and retries are
 * on); a POST or PATCH is not, since the server may have processed it (the failure goes to {@link RetryInterceptor}).
 *
 * <p>Install {@link #retrier()} as the innermost application interceptor and {@link #guard()} as
 * a network interceptor.
 */
public final class ConnectionReuse {
  /** A connection idle for this long is probed before it is used again. */
  static final long PROBE_AFTER_MILLIS = 100;
  /** How many stale connections one request may meet before it gives up. */
  private static final int MAX_STALE = 16;

  private final long idleTimeoutNanos;
  private final boolean resendIdempotent;
  /** When each pooled connection last had an answer; absent for a new one. Guarded by itself. */
  private final Map<Connection, Long> lastUsed = new WeakHashMap<>();

  /**
   * @param idleTimeout the longest a connection may sit idle and be used again
   * @param resendIdempotent whether an idempotent request that failed on a reused connection
   *     goes out once more ({@code false} when retries are turned off); a call's {@link
   *     RequestOptions#maxRetries()} decides for that call
   */
  public ConnectionReuse(Duration idleTimeout, boolean resendIdempotent) {
    this.idleTimeoutNanos = idleTimeout.toNanos();
    this.resendIdempotent = resendIdempotent;
  }

  /** The application interceptor that sends a request again when that is provably safe. */
  public Interceptor retrier() {
    return this::retry;
  }

  /** The network interceptor that refuses stale connections. */
  public Interceptor guard() {
    return this::guard;
  }

  private Response retry(Interceptor.Chain chain) throws IOException {
    Request request = chain.request();
    boolean idempotent = RetryInterceptor.isIdempotent(request.method());
    boolean retriedReused = false;
    for (int stale = 0; ; ) {
      try {
        return chain.proceed(request);
      } catch (UnsentException e) {
        // nothing was written: the server never saw this attempt
        if (++stale >= MAX_STALE || CallControl.of(chain).isCanceled(chain.call())) {
          throw new IOException("no usable connection after " + stale + " stale ones: " + e.getMessage(), e);
        }
      } catch (ReusedConnectionFailure e) {
        IOException cause = e.cause();
        if (!idempotent
            || !resendIdempotent(request)
            || retriedReused
            || cause instanceof InterruptedIOException
            || CallControl.of(chain).isCanceled(chain.call())) {
          throw cause;
        }
        retriedReused = true;
      }
    }
  }

  /** A resend is a retry: off when the call's options, or else the client, allow none. */
  private boolean resendIdempotent(Request request) {
    OptionalInt maxRetries = RequestOptions.of(request).maxRetries();
    return maxRetries.isPresent() ? maxRetries.getAsInt() > 0 : resendIdempotent;
  }

  private Response guard(Interceptor.Chain chain) throws IOException {
    Connection connection = chain.connection();
    if (connection == null || connection.protocol() == Protocol.HTTP_2) {
      return chain.proceed(chain.request()); // HTTP/2: OkHttp pings and follows GOAWAY itself
    }
    Long last;
    synchronized (lastUsed) {
      last = lastUsed.get(connection);
    }
    if (last != null) {
      long idle = System.nanoTime() - last;
      String stale =
          idle > idleTimeoutNanos
              ? "idle " + idle / 1_000_000 + " ms, longer than idleConnectionTimeout"
              : idle >= PROBE_AFTER_MILLIS * 1_000_000 ? probe(connection.socket()) : null;
      if (stale != null) {
        throw refuse(chain, connection, stale);
      }
    }
    Response response;
    try {
      response = chain.proceed(chain.request());
    } catch (IOException e) {
      if (last != null) {
        throw new ReusedConnectionFailure(e);
      }
      throw e;
    }
    synchronized (lastUsed) {
      lastUsed.put(connection, System.nanoTime());
    }
    return response;
  }

  /**
   * Whether the server has given up the idle connection: {@code null} if it looks open. A read
   * with a 1 ms timeout sees an end of stream, a reset, or bytes no request asked for.
   */
  private static String probe(Socket socket) {
    if (socket.isClosed() || socket.isInputShutdown() || socket.isOutputShutdown()) {
      return "closed";
    }
    int timeout = -1;
    try {
      timeout = socket.getSoTimeout();
      socket.setSoTimeout(1);
      return socket.getInputStream().read() == -1
          ? "closed by the server"
          : "the server wrote to it unasked";
    } catch (SocketTimeoutException open) {
      return null;
    } catch (IOException e) {
      return "broken: " + e;
    } finally {
      if (timeout >= 0) {
        try {
          socket.setSoTimeout(timeout);
        } catch (IOException closed) {
          // the next write fails and says so
        }
      }
    }
  }

  /**
   * Closes the socket before anything is written, then lets the exchange fail on it, so that
   * OkHttp drops the connection and releases the call's hold on it as for any failure.
   */
  private static UnsentException refuse(Interceptor.Chain chain, Connection connection, String why) {
    try {
      connection.socket().close();
    } catch (IOException ignored) {
      // closed either way
    }
    UnsentException unsent =
        new UnsentException("pooled connection to " + connection.route().address().url().host()
            + " not used (" + why + "); the request was not sent");
    try {
      chain.proceed(chain.request()).close();
    } catch (IOException expected) {
      unsent.addSuppressed(expected);
    }
    return unsent;
  }

  /** Not one byte of the request was written. */
  static final class UnsentException extends IOException {
    private static final long serialVersionUID = 1L;

    UnsentException(String message) {
      super(message);
    }
  }

  /** The request failed on a reused connection before its answer's headers arrived. */
  static final class ReusedConnectionFailure extends IOException {
    private static final long serialVersionUID = 1L;

    ReusedConnectionFailure(IOException cause) {
      super(cause.getMessage(), cause);
    }

    IOException cause() {
      return (IOException) getCause();
    }
  }
}
