package io.cspsdk.sync.twotier;

import io.cspsdk.billing.distributor.AttributedLine;
import io.cspsdk.billing.report.CostLine;
import io.cspsdk.core.model.ReconciliationLineItem;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Attributes Microsoft's reconciliation lines to the reseller the distributor invoices: through the mirror first
 * (the mirrored subscription linked to the line's subscription id gives end customer, lite reseller and reseller),
 * else through the line's {@code resellerMpnId} (needs the full attribute set of the v2 export) and the reseller
 * directory. Lines of neither kind are the distributor's direct business and are not attributed. Reads the mirror
 * as it is when constructed (make one per invoicing run); each line is attributed by map lookups.
 */
public final class MirrorAttribution {
  private final AccountHierarchy hierarchy;
  private final ResellerDirectory directory;
  private final Map<String, MirroredSubscription> byPartnerCenterId = new HashMap<>();

  public MirrorAttribution(TwoTierMirror mirror) {
    Objects.requireNonNull(mirror, "mirror");
    this.hierarchy = mirror.hierarchy();
    this.directory = mirror.directory();
    for (MirroredSubscription s : mirror.subscriptions()) {
      s.state().partnerCenterSubscriptionId().ifPresent(id -> byPartnerCenterId.put(id.toLowerCase(Locale.ROOT), s));
    }
  }

  /** The line for distributor invoicing, empty when no reseller is behind it. */
  public Optional<AttributedLine> attribute(ReconciliationLineItem item) {
    CostLine line = CostLine.from(item);
    Optional<MirroredSubscription> mirrored =
        Optional.ofNullable(byPartnerCenterId.get(line.subscriptionId().toLowerCase(Locale.ROOT)));
    if (mirrored.isPresent()) {
      String account = mirrored.get().state().accountId();
      Optional<MirroredAccount> reseller = hierarchy.resellerOf(account);
      if (reseller.isPresent()) {
        return Optional.of(new AttributedLine(line.toBuilder().customerId(account).build(), reseller.get().id(),
            hierarchy.liteResellerOf(account).map(MirroredAccount::id)));
      }
    }
    return item.resellerMpnId().filter(m -> !m.isBlank())
        .flatMap(directory::byMpnId)
        .map(r -> AttributedLine.of(line, r.id()));
  }
}
