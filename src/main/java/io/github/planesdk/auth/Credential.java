package io.github.planesdk.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * One request header that authenticates a request: an API key, a bearer token, or a client's
 * Basic credentials. Its {@code toString()} never shows the secret.
 */
public final class Credential {
  /** The header Plane reads an API key from. */
  public static final String API_KEY_HEADER = "X-API-Key";

  private final String headerName;
  private final String kind;
  private final String secret;
  /** What a text must not show: the secret, and a Basic pair's password as it was given. */
  private final List<String> masked;
  /** Built once: it goes on every request. */
  private final String headerValue;

  private Credential(String headerName, String kind, String secret, List<String> masked) {
    this.headerName = headerName;
    this.kind = kind;
    this.secret = secret;
    this.masked = masked;
    this.headerValue = kind + secret;
  }

  /** {@code X-API-Key: <key>}. */
  public static Credential apiKey(String key) {
    return of(API_KEY_HEADER, "", headerSafe("apiKey", key));
  }

  /** {@code Authorization: Bearer <token>}, for an OAuth access token. */
  public static Credential bearer(String token) {
    return of("Authorization", "Bearer ", headerSafe("accessToken", token));
  }

  /** {@code Authorization: Basic base64(user:password)}, for an app's client id and secret. */
  public static Credential basic(String user, String password) {
    headerSafe("clientId", user);
    headerSafe("clientSecret", password);
    String pair = user + ":" + password;
    String encoded = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    // a server may quote the password it decoded, not only the header
    return new Credential("Authorization", "Basic ", encoded, List.of(encoded, password));
  }

  private static Credential of(String headerName, String kind, String secret) {
    return new Credential(headerName, kind, secret, List.of(secret));
  }

  public String headerName() {
    return headerName;
  }

  /** The header's value, secret included: put it on the wire, nowhere else. */
  public String headerValue() {
    return headerValue;
  }

  /**
   * The secret as the header carries it (the key, the token, the Basic pair's Base64), without
   * the scheme: to tell credentials apart and mask them in text, nowhere else.
   */
  public String secret() {
    return secret;
  }

  /**
   * Every text of this credential that an exception message must not show: {@link #secret()},
   * and for Basic also the password.
   */
  public List<String> secrets() {
    return masked;
  }

  @Override
  public String toString() {
    return headerName + ": " + kind + "██";
  }

  /**
   * Refuses a missing, blank or multi-line secret (one read from a file keeps its newline
   * otherwise), naming the parameter but never showing the value.
   */
  static String headerSafe(String name, String value) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be null or empty");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        throw new IllegalArgumentException(
            name + " has a character at index " + i + " that an HTTP header cannot carry");
      }
    }
    return value;
  }
}
