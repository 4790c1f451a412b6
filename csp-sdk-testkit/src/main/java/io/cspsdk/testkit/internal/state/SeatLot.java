package io.cspsdk.testkit.internal.state;

import java.time.Instant;

/** Seats added at one time; they may be removed again until {@code removableUntil} (new commerce: 7 days). */
public final class SeatLot {
  public int quantity;
  public final Instant removableUntil;

  public SeatLot(int quantity, Instant removableUntil) {
    this.quantity = quantity;
    this.removableUntil = removableUntil;
  }
}
