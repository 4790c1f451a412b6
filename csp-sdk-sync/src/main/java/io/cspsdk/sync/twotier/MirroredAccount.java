package io.cspsdk.sync.twotier;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The distributor's copy of a reseller-side account: the reseller-owned {@code state} (locked), its source
 * {@code version}, a tombstone flag after deletion (so late older events cannot resurrect it), and the
 * distributor's own data ({@code localFields}, {@code attachments}).
 */
public record MirroredAccount(String id, AccountState state, long version, Instant mirroredAt, boolean deleted,
                              Map<String, String> localFields, List<Attachment> attachments) {
  public MirroredAccount {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
    localFields = Map.copyOf(new TreeMap<>(localFields));
    attachments = List.copyOf(attachments);
  }

  MirroredAccount withSource(AccountState newState, long newVersion, Instant at, boolean gone) {
    return new MirroredAccount(id, newState, newVersion, at, gone, localFields, attachments);
  }

  MirroredAccount withLocal(Map<String, String> fields, List<Attachment> list) {
    return new MirroredAccount(id, state, version, mirroredAt, deleted, fields, list);
  }
}
