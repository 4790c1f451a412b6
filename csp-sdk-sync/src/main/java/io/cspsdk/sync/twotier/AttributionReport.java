package io.cspsdk.sync.twotier;

import java.util.List;
import java.util.Optional;

/**
 * Where Partner Center's attribution (subscription {@code partnerId}) and the reseller's own data disagree. Reported,
 * never resolved: which side is right is a business decision.
 */
public record AttributionReport(int subscriptionsCompared, List<Mismatch> mismatches) {
  public AttributionReport {
    mismatches = List.copyOf(mismatches);
  }

  /** One disagreement. */
  public record Mismatch(Kind kind, String partnerCenterSubscriptionId, Optional<String> mirroredSubscriptionId,
                         Optional<String> partnerCenterMpnId, Optional<String> mirrorMpnId) {}

  /** The kinds of disagreement. */
  public enum Kind {
    /** Partner Center attributes the subscription to another reseller (or to none) than the mirror does. */
    RESELLER_DIFFERS,
    /** Partner Center has the subscription under one of the resellers' customers; no reseller reported it. */
    NOT_MIRRORED,
    /** The mirror links a subscription to Partner Center that Partner Center does not list for the reseller. */
    NOT_IN_PARTNER_CENTER
  }
}
