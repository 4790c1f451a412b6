package io.cspsdk.sync.users.internal;

import io.cspsdk.sync.users.ConflictPolicy;
import io.cspsdk.sync.users.DirectoryUser;
import io.cspsdk.sync.users.SyncDirection;
import io.cspsdk.sync.users.SyncSide;
import io.cspsdk.sync.users.UserSyncSettings;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Which side wins one value: the direction, then the link's baseline, then the conflict policy. */
final class Decider {
  private final UserSyncSettings settings;
  private final ChangeTimes times;

  Decider(UserSyncSettings settings, ChangeTimes times) {
    this.settings = settings;
    this.times = times;
  }

  /** The winning side and why; null when both sides hold the same value. */
  record Decision(SyncSide winner, String reason) {}

  /** Who wins value {@code key} ({@code what} names it in reasons) between the directory's and Partner Center's. */
  Decision decide(Map<String, String> base, DirectoryUser d, Optional<String> pcId, String key, String what,
                  String dv, String pv) {
    if (dv.equals(pv)) {
      return null;
    }
    if (settings.direction() == SyncDirection.PARTNER_CENTER_TO_DIRECTORY) {
      return new Decision(SyncSide.PARTNER_CENTER, what + " differs; Partner Center is the source");
    }
    if (settings.direction() == SyncDirection.DIRECTORY_TO_PARTNER_CENTER) {
      return new Decision(SyncSide.DIRECTORY, what + " differs; the directory is the source");
    }
    String b = Snapshots.baseline(base, key);
    String why;
    if (b != null) {
      boolean dChanged = !b.equals(dv);
      boolean pChanged = !b.equals(pv);
      if (dChanged && !pChanged) {
        return new Decision(SyncSide.DIRECTORY, what + " changed in the directory since the last sync");
      }
      if (pChanged && !dChanged) {
        return new Decision(SyncSide.PARTNER_CENTER, what + " changed in Partner Center since the last sync");
      }
      why = "both sides changed " + what + " since the last sync";
    } else {
      why = what + " differs and has no synced value yet";
    }
    return policy(d, pcId, why);
  }

  private Decision policy(DirectoryUser d, Optional<String> pcId, String why) {
    ConflictPolicy policy = settings.conflictPolicy();
    if (policy == ConflictPolicy.PARTNER_CENTER_WINS) {
      return new Decision(SyncSide.PARTNER_CENTER, why + "; Partner Center wins (" + policy + ")");
    }
    if (policy == ConflictPolicy.DIRECTORY_WINS) {
      return new Decision(SyncSide.DIRECTORY, why + "; the directory wins (" + policy + ")");
    }
    Optional<Instant> dt = d == null ? Optional.empty() : d.modifiedAt();
    Optional<Instant> pt = pcId.flatMap(times::latest);
    String when = "directory changed " + dt.map(Instant::toString).orElse("at an unknown time")
        + ", Partner Center " + pt.map(t -> "at " + t + " (audit record)")
        .orElse("at an unknown time (no audit record)");
    boolean dirNewer = dt.isPresent() && (pt.isEmpty() || dt.get().isAfter(pt.get()));
    return dirNewer ? new Decision(SyncSide.DIRECTORY, why + "; the directory's change is newer (" + when + ")")
        : new Decision(SyncSide.PARTNER_CENTER, why + "; Partner Center's change is newer or the only one with a "
        + "time (" + when + ")");
  }

}
