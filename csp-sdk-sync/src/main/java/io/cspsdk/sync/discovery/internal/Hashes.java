package io.cspsdk.sync.discovery.internal;

import io.cspsdk.core.model.Subscription;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Content hashes of model objects (their full {@code toString}, which lists every field and redacts secrets), leaving
 * out what Partner Center derives from the clock alone — a subscription's refund options and refundable quantity
 * shrink as their windows close — so that the passing of time is not reported as a change.
 */
final class Hashes {
  private Hashes() {}

  static String of(Object value) {
    Object content = value instanceof Subscription s
        ? s.toBuilder().refundOptions(List.of()).refundableQuantity(Optional.empty()).build() : value;
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
