package io.github.planesdk.request;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import io.github.planesdk.internal.Arguments;
import okhttp3.Headers;
import okhttp3.Request;

/**
 * Settings for one call that differ from the client's: a timeout, a number of retries, extra
 * headers. Immutable; build one with {@link #builder()} and pass it to {@code
 * execute(options)}, {@code executeAsync(options)} or {@code PlaneCall.withOptions(options)}:
 *
 * <pre>{@code
 * WorkItem item = plane.workItems().getWorkItem(slug, projectId, id)
 *     .execute(RequestOptions.builder().timeout(Duration.ofSeconds(5)).maxRetries(0).build());
 * }</pre>
 *
 * <p>The options travel with the OkHttp request as its tag ({@link #of(Request)}), where the
 * client's interceptors read them; an interceptor of your own can too.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = new Builder().build();

  private final Duration timeout;
  private final Integer maxRetries;
  private final Headers headers;

  private RequestOptions(Builder builder) {
    this.timeout = builder.timeout;
    this.maxRetries = builder.maxRetries;
    this.headers = builder.headers.build();
  }

  /** No change from the client's settings. */
  public static RequestOptions none() {
    return NONE;
  }

  /** The options {@code request} carries as its tag; {@link #none()} if it carries none. */
  public static RequestOptions of(Request request) {
    RequestOptions options = request.tag(RequestOptions.class);
    return options != null ? options : NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The whole call's time limit, like the client's {@code callTimeout}: connecting, sending,
   * reading, retries and every wait of the SDK (rate-limit pacing, {@code Retry-After},
   * backoff); empty: the client's. When it is up the call fails with {@code
   * PlaneTimeoutException}.
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * Retries after the first attempt for this call; empty: the client's. A request the server may
   * have processed is still resent only when its method is idempotent.
   */
  public OptionalInt maxRetries() {
    return maxRetries == null ? OptionalInt.empty() : OptionalInt.of(maxRetries);
  }

  /**
   * Headers added to the request, each replacing a header of the same name the operation sets
   * (never the API key or token: the client sets those, and this builder refuses them).
   */
  public Headers headers() {
    return headers;
  }

  @Override
  public String toString() {
    // header values may be secrets: only their names
    return "RequestOptions(timeout=" + timeout + ", maxRetries=" + maxRetries
        + ", headers=" + headers.names() + ")";
  }

  public static final class Builder {
    private Duration timeout;
    private Integer maxRetries;
    private final Headers.Builder headers = new Headers.Builder();

    private Builder() {}

    /** The whole call's time limit; see {@link RequestOptions#timeout()}. */
    public Builder timeout(Duration timeout) {
      this.timeout = Arguments.positive("timeout", timeout);
      return this;
    }

    /** 0 turns retrying off for this call. */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = Arguments.nonNegative("maxRetries", maxRetries);
      return this;
    }

    /**
     * Adds a header to send with the call; several values of one name are all sent.
     *
     * @throws IllegalArgumentException for {@code X-API-Key} or {@code Authorization}, which the
     *     client sets, or a name or value no header can carry
     */
    public Builder header(String name, String value) {
      if (name == null || value == null) {
        throw new IllegalArgumentException("header name and value must not be null");
      }
      if ("X-API-Key".equalsIgnoreCase(name) || "Authorization".equalsIgnoreCase(name)) {
        throw new IllegalArgumentException(name + " is set by the client, not per call");
      }
      headers.add(name, value);
      return this;
    }

    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
