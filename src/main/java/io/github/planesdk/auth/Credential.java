package io.github.planesdk.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

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
  /** Built once: it goes on every request. */
  private final String headerValue;

  private Credential(String headerName, String kind, String secret) {
    this.headerName = headerName;
    this.kind = kind;
    this.secret = secret;
    this.headerValue = kind + secret;
  }

  /** {@code X-API-Key: <key>}. */
  public static Credential apiKey(String key) {
    return new Credential(API_KEY_HEADER, "", headerSafe("apiKey", key));
  }

  /** {@code Authorization: Bearer <token>}, for an OAuth access token. */
  public static Credential bearer(String token) {
    return new Credential("Authorization", "Bearer ", headerSafe("accessToken", token));
  }

  /** {@code Authorization: Basic base64(user:password)}, for an app's client id and secret. */
  public static Credential basic(String user, String password) {
    headerSafe("clientId", user);
    headerSafe("clientSecret", password);
    String pair = user + ":" + password;
    return new Credential(
        "Authorization",
        "Basic ",
        Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
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
   * the scheme: for masking it in text, nowhere else.
   */
  public String secret() {
    return secret;
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
