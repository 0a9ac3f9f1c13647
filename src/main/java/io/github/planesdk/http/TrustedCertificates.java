package io.github.planesdk.http;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/**
 * TLS that trusts a given set of CA certificates (and only those): for self-hosted servers
 * whose certificate comes from a private CA.
 */
public final class TrustedCertificates {
  private TrustedCertificates() {}

  /** Reads X.509 certificates, PEM (one or more) or DER, into a trust store. */
  public static KeyStore read(InputStream certificates) {
    try {
      Collection<? extends Certificate> read =
          CertificateFactory.getInstance("X.509").generateCertificates(certificates);
      if (read.isEmpty()) {
        throw new IllegalArgumentException("no certificate found in the trusted certificates");
      }
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int i = 0;
      for (Certificate certificate : new ArrayList<>(read)) {
        store.setCertificateEntry("trusted-" + i++, certificate);
      }
      return store;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalArgumentException("cannot read the trusted certificates: " + e.getMessage(), e);
    }
  }

  /** Makes the client trust exactly the certificates in {@code trustStore}. */
  public static void install(OkHttpClient.Builder client, KeyStore trustStore) {
    try {
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(trustStore);
      X509TrustManager trustManager = null;
      for (TrustManager candidate : factory.getTrustManagers()) {
        if (candidate instanceof X509TrustManager) {
          trustManager = (X509TrustManager) candidate;
        }
      }
      if (trustManager == null) {
        throw new IllegalStateException("no X.509 trust manager available");
      }
      SSLContext tls = SSLContext.getInstance("TLS");
      tls.init(null, new TrustManager[] {trustManager}, null);
      client.sslSocketFactory(tls.getSocketFactory(), trustManager);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot use the trust store: " + e.getMessage(), e);
    }
  }
}
