package io.cspsdk.sync.twotier;

import io.cspsdk.billing.distributor.AttributedLine;
import io.cspsdk.billing.report.CostLine;
import io.cspsdk.core.model.ReconciliationLineItem;
import java.util.Objects;
import java.util.Optional;

/**
 * Attributes Microsoft's reconciliation lines to the reseller the distributor invoices: through the mirror first
 * (the mirrored subscription linked to the line's subscription id gives end customer, lite reseller and reseller),
 * else through the line's {@code resellerMpnId} (needs the full attribute set of the v2 export) and the reseller
 * directory. Lines of neither kind are the distributor's direct business and are not attributed.
 */
public final class MirrorAttribution {
  private final TwoTierMirror mirror;

  public MirrorAttribution(TwoTierMirror mirror) {
    this.mirror = Objects.requireNonNull(mirror, "mirror");
  }

  /** The line for distributor invoicing, empty when no reseller is behind it. */
  public Optional<AttributedLine> attribute(ReconciliationLineItem item) {
    CostLine line = CostLine.from(item);
    AccountHierarchy hierarchy = mirror.hierarchy();
    Optional<MirroredSubscription> mirrored = mirror.subscriptions().stream()
        .filter(s -> s.state().partnerCenterSubscriptionId().filter(line.subscriptionId()::equalsIgnoreCase)
            .isPresent())
        .findFirst();
    if (mirrored.isPresent()) {
      String account = mirrored.get().state().accountId();
      Optional<MirroredAccount> reseller = hierarchy.resellerOf(account);
      if (reseller.isPresent()) {
        return Optional.of(new AttributedLine(line.toBuilder().customerId(account).build(), reseller.get().id(),
            hierarchy.liteResellerOf(account).map(MirroredAccount::id)));
      }
    }
    return item.resellerMpnId().filter(m -> !m.isBlank())
        .flatMap(m -> mirror.directory().byMpnId(m))
        .map(r -> AttributedLine.of(line, r.id()));
  }
}
