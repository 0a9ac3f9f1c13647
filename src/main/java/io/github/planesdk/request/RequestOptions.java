package io.github.planesdk.request;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import okhttp3.Headers;

/**
 * Settings for one call that differ from the client's: a timeout, a number of retries, extra
 * headers. Immutable; build one with {@link #builder()}.
 *
 * <p>Not wired yet: the transport ({@code PlaneCall} and the client's interceptors) will read it
 * from the OkHttp request's tag ({@code request.tag(RequestOptions.class)}).
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

  public static Builder builder() {
    return new Builder();
  }

  /** The whole call's time limit, retries and waits included; empty: the client's. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** Retries for this call; empty: the client's. */
  public OptionalInt maxRetries() {
    return maxRetries == null ? OptionalInt.empty() : OptionalInt.of(maxRetries);
  }

  /** Headers added to the request (never the API key: the client sets that). */
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

    public Builder timeout(Duration timeout) {
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive, was " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /** 0 turns retrying off for this call. */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must not be negative, was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    public Builder header(String name, String value) {
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
