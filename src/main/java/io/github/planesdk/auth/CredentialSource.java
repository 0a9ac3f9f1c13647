package io.github.planesdk.auth;

import java.time.Clock;

/**
 * Where a client's credential comes from. The client asks for it before every request to its
 * own server, and asks for a new one once when the server answers 401. Implementations must be
 * thread-safe; {@link #credential()} is called often and should be cheap.
 */
public interface CredentialSource {
  /**
   * The credential for the next request, or {@code null} to send the request without one
   * (only for endpoints that take none, such as the OAuth token endpoint).
   */
  Credential credential();

  /**
   * The server refused {@code rejected} with a 401: answers the credential to send the request
   * again with, once, or {@code null} when there is no other. The default has no other.
   */
  default Credential renew(Credential rejected) {
    return null;
  }

  /** Always the same credential: an API key or a fixed access token. */
  static CredentialSource fixed(Credential credential) {
    if (credential == null) {
      throw new IllegalArgumentException("credential must not be null");
    }
    return new CredentialSource() {
      @Override
      public Credential credential() {
        return credential;
      }

      @Override
      public String toString() {
        return credential.toString();
      }
    };
  }

  /**
   * Bearer tokens from {@code provider}, fetched when first needed, again shortly before the
   * current one expires, and once when the server refuses it. One thread fetches while the
   * others wait for its token.
   */
  static CredentialSource renewing(TokenProvider provider, Clock clock) {
    return new RenewingTokenSource(provider, clock);
  }
}
