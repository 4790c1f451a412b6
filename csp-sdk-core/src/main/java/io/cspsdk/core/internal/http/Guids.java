package io.cspsdk.core.internal.http;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random (version 4) GUIDs for request and correlation ids. They identify calls and key Partner Center's
 * idempotency; they are not secrets, so a thread-local generator serves instead of {@link UUID#randomUUID()}'s
 * locked {@code SecureRandom}, which cost a measurable share of each call.
 */
final class Guids {
  private Guids() {}

  static String random() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    long msb = (r.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
    long lsb = (r.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return new UUID(msb, lsb).toString();
  }
}
