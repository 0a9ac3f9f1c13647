package io.github.planesdk.auth;

/**
 * Fetches a new OAuth access token, for a client that renews its own. The client calls it
 * from one thread at a time: the first time it needs a token, shortly before the token
 * expires, and when the server refuses the token. {@link PlaneOAuth#botTokens} and
 * {@link PlaneOAuth#userTokens} are ready-made providers.
 */
@FunctionalInterface
public interface TokenProvider {
  /**
   * A new token. A failure may be any unchecked exception; the client's call then throws
   * {@link TokenRenewalException} with it as the cause.
   */
  AccessToken fetchToken();
}
