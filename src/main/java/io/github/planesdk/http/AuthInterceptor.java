package io.github.planesdk.http;

import io.github.planesdk.auth.Credential;
import io.github.planesdk.auth.CredentialSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Authenticates requests to the configured server with a {@link CredentialSource}: an API
 * key, a fixed access token, or tokens that renew themselves.
 *
 * <p>Installed twice. As the innermost application interceptor it takes the credential before
 * a connection is held (a renewal may call the token endpoint), and after a 401 asks the
 * source for a new one and sends the request again, once: the server refused the request
 * unread, so even a POST is safe to resend, and a second 401 is handed back as it is. As the
 * first network interceptor ({@link #onTheWire()}) it writes the header, only for the
 * configured scheme, host and port: a redirect elsewhere never receives it. The responses
 * handed upwards carry the request without the header, so {@code response.raw().request()}
 * is safe to print.
 */
public final class AuthInterceptor implements Interceptor {
  private final CredentialSource source;
  private final HttpUrl origin;
  /** The one credential of a source that never renews: sent as it is, without a tag. */
  private final Credential fixed;
  /**
   * The credentials of a renewing source sent last, newest first: an answer to a request sent
   * just before a renewal may still show the older one.
   */
  private volatile List<Credential> recent = List.of();

  /** @param origin the server the credential belongs to; only its scheme, host and port matter */
  public AuthInterceptor(CredentialSource source, HttpUrl origin) {
    this(source, origin, null);
  }

  private AuthInterceptor(CredentialSource source, HttpUrl origin, Credential fixed) {
    this.source = source;
    this.origin = origin;
    this.fixed = fixed;
  }

  /**
   * Authenticates with one credential that is never renewed (an API key, a fixed token): a 401
   * is handed back as it is, so the request goes down unchanged and only the network half
   * writes the header, which saves rebuilding the request and the response on every call.
   */
  public static AuthInterceptor fixed(Credential credential, HttpUrl origin) {
    return new AuthInterceptor(CredentialSource.fixed(credential), origin, credential);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (fixed != null || !isOrigin(request.url())) {
      return chain.proceed(request);
    }
    Credential sent = source.credential();
    remember(sent);
    Response response = chain.proceed(withCredential(request, sent));
    if (response.code() != 401 || sent == null || !RetryInterceptor.replayable(request.body())) {
      return response.newBuilder().request(request).build();
    }
    Credential renewed;
    try {
      renewed = source.renew(sent);
    } catch (RuntimeException e) {
      response.close(); // the refusal is no use to anyone now: release its connection
      throw e;
    }
    if (renewed == null) {
      return response.newBuilder().request(request).build();
    }
    response.close();
    remember(renewed);
    return chain.proceed(withCredential(request, renewed)).newBuilder().request(request).build();
  }

  /**
   * The secrets this interceptor sends, or sent last, that an exception message must not show:
   * the fixed key or token, or a renewing source's latest two (for Basic, the password too).
   */
  public List<String> secretsInUse() {
    if (fixed != null) {
      return fixed.secrets();
    }
    List<String> secrets = new ArrayList<>(3);
    for (Credential credential : recent) {
      secrets.addAll(credential.secrets());
    }
    return secrets;
  }

  private void remember(Credential credential) {
    if (credential == null) {
      return;
    }
    if (isLatest(recent, credential)) {
      return; // the usual case: no write
    }
    synchronized (this) {
      List<Credential> seen = recent;
      if (!isLatest(seen, credential)) {
        recent = seen.isEmpty() ? List.of(credential) : List.of(credential, seen.get(0));
      }
    }
  }

  private static boolean isLatest(List<Credential> seen, Credential credential) {
    return !seen.isEmpty() && seen.get(0).secret().equals(credential.secret());
  }

  /** The network half: puts the credential chosen above on the wire, for the origin only. */
  public Interceptor onTheWire() {
    return new Wire();
  }

  private boolean isOrigin(HttpUrl url) {
    return url.scheme().equals(origin.scheme())
        && url.host().equals(origin.host())
        && url.port() == origin.port();
  }

  private static Request withCredential(Request request, Credential credential) {
    return request.newBuilder().tag(Chosen.class, new Chosen(credential)).build();
  }

  @Override
  public String toString() {
    return "AuthInterceptor(" + source + ")";
  }

  private final class Wire implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
      Request request = chain.request();
      Chosen chosen = request.tag(Chosen.class);
      Credential credential = chosen != null ? chosen.credential : fixed;
      if (credential == null || !isOrigin(request.url())) {
        return chain.proceed(request);
      }
      Response response =
          chain.proceed(
              request.newBuilder().header(credential.headerName(), credential.headerValue()).build());
      return response.newBuilder().request(request).build();
    }

    @Override
    public String toString() {
      return "AuthInterceptor.onTheWire(" + source + ")";
    }
  }

  /** The credential a request goes out with, as a request tag that is private to this class. */
  private static final class Chosen {
    final Credential credential;

    Chosen(Credential credential) {
      this.credential = credential;
    }

    @Override
    public String toString() {
      return String.valueOf(credential);
    }
  }
}
