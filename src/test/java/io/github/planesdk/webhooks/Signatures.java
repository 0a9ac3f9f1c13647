package io.github.planesdk.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Test payloads, and HMAC-SHA256 written out from RFC 2104 over a plain SHA-256 digest: an
 * answer computed independently of the verifier, which uses {@code javax.crypto.Mac}.
 */
final class Signatures {
  static final String SECRET = "plane_wh_4f9a1c2e8b7d6c5e4f3a2b1c0d9e8f7a";

  private Signatures() {}

  static byte[] payload(String name) {
    try (InputStream in = Signatures.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String hmacSha256Hex(String key, byte[] message) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      byte[] block = Arrays.copyOf(key.getBytes(StandardCharsets.UTF_8), 64); // keys here are short
      byte[] inner = new byte[64];
      byte[] outer = new byte[64];
      for (int i = 0; i < 64; i++) {
        inner[i] = (byte) (block[i] ^ 0x36);
        outer[i] = (byte) (block[i] ^ 0x5c);
      }
      sha256.update(inner);
      byte[] innerHash = sha256.digest(message);
      sha256.update(outer);
      byte[] mac = sha256.digest(innerHash);
      StringBuilder hex = new StringBuilder();
      for (byte b : mac) {
        hex.append(String.format("%02x", b));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
