package io.cspsdk.sync.twotier;

import io.cspsdk.core.error.ValidationException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One change on the reseller's side, carrying the entity's full state after it (absent for deletions), so that
 * applying is a keyed upsert: idempotent by ({@code sourceId}, {@code version}), and an older version arriving late
 * never overwrites a newer one.
 *
 * @param sourceId the account's or subscription's id in the reseller's system
 * @param version the entity's version in the reseller's system, increasing with every change
 */
public record MirrorEvent(EventKind kind, String sourceId, long version, Instant occurredAt,
                          Optional<AccountState> account, Optional<SubscriptionState> subscription) {
  /** Validates that the state matches the kind. */
  public MirrorEvent {
    Objects.requireNonNull(kind, "kind");
    if (kind == EventKind.RESYNCED) {
      throw new ValidationException("event.kind", "RESYNCED is written by a re-sync, never sent by a source");
    }
    if (sourceId == null || sourceId.isBlank()) {
      throw new ValidationException("event.sourceId", "is required");
    }
    if (version < 1) {
      throw new ValidationException("event.version", "must be at least 1, was " + version);
    }
    Objects.requireNonNull(occurredAt, "occurredAt");
    account = account == null ? Optional.empty() : account;
    subscription = subscription == null ? Optional.empty() : subscription;
    if (kind == EventKind.ACCOUNT_UPSERTED && account.isEmpty()) {
      throw new ValidationException("event.account", "is required for " + kind);
    }
    if (!kind.isAccountEvent() && !kind.isDeletion() && subscription.isEmpty()) {
      throw new ValidationException("event.subscription", "is required for " + kind);
    }
    subscription.ifPresent(s -> check(kind, s));
  }

  private static void check(EventKind kind, SubscriptionState s) {
    boolean addOnEvent = kind == EventKind.ADD_ON_ADDED || kind == EventKind.ADD_ON_CANCELLED;
    if (addOnEvent && !s.isAddOn()) {
      throw new ValidationException("event.subscription.parentSubscriptionId", "is required for " + kind);
    }
    if ((kind == EventKind.CREATED) && s.isAddOn()) {
      throw new ValidationException("event.kind", "an add-on is created by ADD_ON_ADDED, not CREATED");
    }
    MirrorStatus expected = switch (kind) {
      case SUSPENDED -> MirrorStatus.SUSPENDED;
      case CANCELLED, ADD_ON_CANCELLED -> MirrorStatus.CANCELLED;
      case CREATED, ADD_ON_ADDED, RENEWED -> MirrorStatus.ACTIVE;
      default -> null;
    };
    if (expected != null && s.status() != expected) {
      throw new ValidationException("event.subscription.status", kind + " needs status " + expected + ", was "
          + s.status());
    }
  }

  public static MirrorEvent account(String sourceId, long version, Instant at, AccountState state) {
    return new MirrorEvent(EventKind.ACCOUNT_UPSERTED, sourceId, version, at, Optional.of(state), Optional.empty());
  }

  public static MirrorEvent accountDeleted(String sourceId, long version, Instant at) {
    return new MirrorEvent(EventKind.ACCOUNT_DELETED, sourceId, version, at, Optional.empty(), Optional.empty());
  }

  /** A subscription event with the subscription's state after it. */
  public static MirrorEvent subscription(EventKind kind, String sourceId, long version, Instant at,
                                         SubscriptionState state) {
    return new MirrorEvent(kind, sourceId, version, at, Optional.empty(), Optional.of(state));
  }

  public static MirrorEvent deleted(String sourceId, long version, Instant at) {
    return new MirrorEvent(EventKind.DELETED, sourceId, version, at, Optional.empty(), Optional.empty());
  }
}
