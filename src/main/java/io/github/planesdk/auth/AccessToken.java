package io.github.planesdk.auth;

import java.time.Instant;
import java.util.Optional;

/** An OAuth access token and when it expires; {@code toString()} hides the token. */
public final class AccessToken {
  private final String token;
  private final Instant expiresAt;

  private AccessToken(String token, Instant expiresAt) {
    this.token = Credential.headerSafe("accessToken", token);
    this.expiresAt = expiresAt;
  }

  /** A token that expires at {@code expiresAt}, or never known to ({@code null}). */
  public static AccessToken of(String token, Instant expiresAt) {
    return new AccessToken(token, expiresAt);
  }

  public String token() {
    return token;
  }

  /** Empty when the expiry is unknown: the token is then renewed only when refused. */
  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  @Override
  public String toString() {
    return "AccessToken(██" + (expiresAt == null ? "" : ", expires " + expiresAt) + ")";
  }
}
