package io.github.planesdk.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Bearer credentials from a {@link TokenProvider}: fetched on first use, renewed a minute
 * before expiry, and renewed once for a refused token. Renewal is single-flight: the lock makes
 * concurrent callers wait for one fetch, and a caller whose rejected token was already replaced
 * takes the replacement instead of fetching again.
 */
final class RenewingTokenSource implements CredentialSource {
  /** Renew this long before expiry, so a token does not expire between check and use. */
  static final Duration MARGIN = Duration.ofSeconds(60);

  private final TokenProvider provider;
  private final Clock clock;
  private final Object lock = new Object();
  private volatile Current current;

  RenewingTokenSource(TokenProvider provider, Clock clock) {
    if (provider == null || clock == null) {
      throw new IllegalArgumentException("provider and clock must not be null");
    }
    this.provider = provider;
    this.clock = clock;
  }

  @Override
  public Credential credential() {
    Current seen = current;
    if (seen != null && !seen.expiresSoon(clock.instant())) {
      return seen.credential;
    }
    synchronized (lock) {
      if (current == seen) {
        current = fetch();
      }
      return current.credential;
    }
  }

  @Override
  public Credential renew(Credential rejected) {
    synchronized (lock) {
      if (current == null || current.credential == rejected) {
        current = fetch();
      }
      return current.credential;
    }
  }

  private Current fetch() {
    AccessToken token;
    try {
      token = provider.fetchToken();
    } catch (RuntimeException e) {
      throw new TokenRenewalException("fetching an access token failed: " + e.getMessage(), e);
    }
    if (token == null) {
      throw new TokenRenewalException("the token provider answered no token", null);
    }
    return new Current(Credential.bearer(token.token()), clock.instant(), token.expiresAt().orElse(null));
  }

  @Override
  public String toString() {
    return "Authorization: Bearer ██ (renewing)";
  }

  private static final class Current {
    final Credential credential;
    final Instant renewAt;

    Current(Credential credential, Instant fetchedAt, Instant expiresAt) {
      this.credential = credential;
      // a token that lives less than two margins is renewed half-way, not on every request
      this.renewAt =
          expiresAt == null
              ? null
              : expiresAt.minus(min(MARGIN, Duration.between(fetchedAt, expiresAt).dividedBy(2)));
    }

    private static Duration min(Duration a, Duration b) {
      return a.compareTo(b) <= 0 ? a : b;
    }

    boolean expiresSoon(Instant now) {
      return renewAt != null && !now.isBefore(renewAt);
    }
  }
}
