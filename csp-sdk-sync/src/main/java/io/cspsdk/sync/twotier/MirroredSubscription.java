package io.cspsdk.sync.twotier;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The distributor's 1:1 copy of a reseller's paid subscription: the reseller-owned {@code state} (locked), the last
 * applied event kind and source {@code version}, a tombstone flag after deletion, and the distributor's own data.
 */
public record MirroredSubscription(String id, SubscriptionState state, EventKind lastEvent, long version,
                                   Instant mirroredAt, boolean deleted, Map<String, String> localFields,
                                   List<Attachment> attachments) {
  public MirroredSubscription {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(lastEvent, "lastEvent");
    localFields = Map.copyOf(new TreeMap<>(localFields));
    attachments = List.copyOf(attachments);
  }

  MirroredSubscription withSource(SubscriptionState newState, EventKind kind, long newVersion, Instant at,
                                  boolean gone) {
    return new MirroredSubscription(id, newState, kind, newVersion, at, gone, localFields, attachments);
  }

  MirroredSubscription withLocal(Map<String, String> fields, List<Attachment> list) {
    return new MirroredSubscription(id, state, lastEvent, version, mirroredAt, deleted, fields, list);
  }
}
