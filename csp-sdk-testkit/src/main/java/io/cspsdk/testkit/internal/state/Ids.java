package io.cspsdk.testkit.internal.state;

import java.util.Random;
import java.util.UUID;

/** Deterministic id source: the same seed gives the same ids in the same order. */
public final class Ids {
  private final long seed;
  private Random random;
  private long invoiceCounter;

  public Ids(long seed) {
    this.seed = seed;
    reset();
  }

  public synchronized void reset() {
    random = new Random(seed);
    invoiceCounter = 0;
  }

  /** A version-4-shaped GUID string. */
  public synchronized String guid() {
    long hi = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
    long lo = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return new UUID(hi, lo).toString();
  }

  /** Partner Center style invoice numbers: G000000001, G000000002, ... */
  public synchronized String invoiceNumber() {
    invoiceCounter++;
    return String.format("G%09d", invoiceCounter);
  }

  /** Hex token for etags, continuation tokens and SAS tokens. */
  public synchronized String token() {
    return Long.toHexString(random.nextLong() | Long.MIN_VALUE);
  }
}
