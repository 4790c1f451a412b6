package io.cspsdk.billing.charges.internal;

import io.cspsdk.billing.charges.SeatDecreaseNotAllowedException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The seats of a subscription by the batch that added them (purchase, renewal, mid-term add), each with its own
 * removal deadline. Removal takes seats from the newest batches still inside their window.
 */
final class SeatBatches {
  private static final class Batch {
    final Instant addedAt;
    final Instant removableUntil;
    int seats;

    Batch(Instant addedAt, int seats, Instant removableUntil) {
      this.addedAt = addedAt;
      this.seats = seats;
      this.removableUntil = removableUntil;
    }
  }

  private final List<Batch> batches = new ArrayList<>();

  /** All current seats become one batch (purchase or renewal). */
  void reset(Instant at, int seats, Instant removableUntil) {
    batches.clear();
    batches.add(new Batch(at, seats, removableUntil));
  }

  void add(Instant at, int seats, Instant removableUntil) {
    batches.add(new Batch(at, seats, removableUntil));
  }

  int total() {
    return batches.stream().mapToInt(b -> b.seats).sum();
  }

  /** Takes {@code seats} out whatever their windows (upgrades and moves have none), newest batches first. */
  void take(int seats) {
    int left = seats;
    for (int i = batches.size() - 1; i >= 0 && left > 0; i--) {
      Batch b = batches.get(i);
      int n = Math.min(left, b.seats);
      b.seats -= n;
      left -= n;
    }
  }

  /** Removes {@code seats} at {@code at}, or throws without changing anything. */
  void remove(Instant at, int seats) {
    int total = total();
    if (seats >= total) {
      throw new SeatDecreaseNotAllowedException("cannot remove " + seats + " of " + total + " seats on "
          + Dates.show(at) + ": at least one seat must remain (cancel the subscription instead)");
    }
    int removable = 0;
    Batch closed = null;
    for (Batch b : batches) {
      if (b.seats == 0) {
        continue;
      }
      if (!at.isAfter(b.removableUntil)) {
        removable += b.seats;
      } else if (closed == null || b.addedAt.isAfter(closed.addedAt)) {
        closed = b;
      }
    }
    if (seats > removable) {
      throw new SeatDecreaseNotAllowedException("seats added on " + Dates.show(closed.addedAt)
          + " can only be removed until " + Dates.show(closed.removableUntil) + " (requested " + seats
          + " on " + Dates.show(at) + ", " + removable + " still removable)",
          closed.removableUntil.atOffset(ZoneOffset.UTC));
    }
    int left = seats;
    for (int i = batches.size() - 1; i >= 0 && left > 0; i--) {
      Batch b = batches.get(i);
      if (!at.isAfter(b.removableUntil)) {
        int take = Math.min(left, b.seats);
        b.seats -= take;
        left -= take;
      }
    }
  }
}
