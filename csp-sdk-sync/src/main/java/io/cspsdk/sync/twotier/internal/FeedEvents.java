package io.cspsdk.sync.twotier.internal;

import io.cspsdk.sync.twotier.EventKind;
import io.cspsdk.sync.twotier.MirrorStatus;
import io.cspsdk.sync.twotier.SubscriptionState;
import java.util.Optional;

/** Which reseller-side event a change of a Partner Center subscription is. */
public final class FeedEvents {
  private FeedEvents() {}

  /**
   * The kind of the event from {@code before} (absent when not mirrored) to {@code after}: first by status (a
   * cancellation or suspension wins over the other fields it changed), then seats, then a later term end, else
   * {@link EventKind#UPDATED}.
   */
  public static EventKind kind(Optional<SubscriptionState> before, SubscriptionState after) {
    boolean addOn = after.isAddOn();
    MirrorStatus now = after.status();
    if (before.isEmpty()) {
      return switch (now) {
        case ACTIVE -> addOn ? EventKind.ADD_ON_ADDED : EventKind.CREATED;
        case SUSPENDED -> EventKind.SUSPENDED;
        case CANCELLED -> addOn ? EventKind.ADD_ON_CANCELLED : EventKind.CANCELLED;
      };
    }
    SubscriptionState was = before.get();
    if (now == MirrorStatus.CANCELLED && was.status() != MirrorStatus.CANCELLED) {
      return addOn ? EventKind.ADD_ON_CANCELLED : EventKind.CANCELLED;
    }
    if (now == MirrorStatus.SUSPENDED && was.status() != MirrorStatus.SUSPENDED) {
      return EventKind.SUSPENDED;
    }
    if (after.quantity() != was.quantity()) {
      return EventKind.QUANTITY_CHANGED;
    }
    if (now == MirrorStatus.ACTIVE && after.endDate().isAfter(was.endDate())) {
      return EventKind.RENEWED;
    }
    return EventKind.UPDATED;
  }
}
