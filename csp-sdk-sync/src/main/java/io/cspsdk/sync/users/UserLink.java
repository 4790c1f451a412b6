package io.cspsdk.sync.users;

import java.time.Instant;
import java.util.Map;

/**
 * The stored pair of ids that makes a directory user and a Partner Center user the same person after their first
 * match, with the state both sides agreed on at the last sync ({@link #baseline()}: attribute, state and licence
 * values by key; a key that is absent is not known). A change is a difference from the baseline.
 */
public record UserLink(String customerId, String directoryUserId, String partnerCenterUserId,
                       Map<String, String> baseline, Instant syncedAt) {
  public UserLink {
    baseline = Map.copyOf(baseline);
  }
}
