package io.cspsdk.sync.discovery.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes of model objects (their full {@code toString}, which lists every field and redacts secrets). */
final class Hashes {
  private Hashes() {}

  static String of(Object value) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(value.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
