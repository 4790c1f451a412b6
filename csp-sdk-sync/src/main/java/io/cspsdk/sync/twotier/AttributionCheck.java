package io.cspsdk.sync.twotier;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.model.Customer;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.sync.twotier.AttributionReport.Kind;
import io.cspsdk.sync.twotier.AttributionReport.Mismatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compares Partner Center's attribution with the mirror: for every mirrored reseller Partner Center knows (tenant
 * id), its customers' subscriptions there ({@code partnerId}) against the mirrored subscriptions linked to them
 * ({@code partnerCenterSubscriptionId}) and the reseller the mirror's hierarchy puts them under.
 */
public final class AttributionCheck {
  private final TwoTierMirror mirror;

  public AttributionCheck(TwoTierMirror mirror) {
    this.mirror = Objects.requireNonNull(mirror, "mirror");
  }

  public AttributionReport run(PartnerCenterClient pc) {
    AccountHierarchy hierarchy = mirror.hierarchy();
    Map<String, MirroredSubscription> byPcId = new HashMap<>();
    for (MirroredSubscription m : mirror.subscriptions()) {
      m.state().partnerCenterSubscriptionId().ifPresent(id -> byPcId.put(id.toLowerCase(Locale.ROOT), m));
    }
    List<Mismatch> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int compared = 0;
    for (MirroredAccount reseller : mirror.directory().withTenantId()) {
      for (Customer c : pc.relationships().customersOf(reseller.state().tenantId().get())) {
        for (Subscription s : pc.subscriptions(c.id()).list()) {
          compared++;
          seen.add(s.id().toLowerCase(Locale.ROOT));
          MirroredSubscription m = byPcId.get(s.id().toLowerCase(Locale.ROOT));
          if (m == null) {
            out.add(new Mismatch(Kind.NOT_MIRRORED, s.id(), Optional.empty(), s.partnerId(),
                reseller.state().mpnId()));
            continue;
          }
          Optional<String> mirrorMpn = hierarchy.resellerOf(m.state().accountId())
              .flatMap(r -> r.state().mpnId());
          if (!s.partnerId().map(id -> id.toLowerCase(Locale.ROOT)).equals(mirrorMpn.map(id -> id.toLowerCase(Locale.ROOT)))) {
            out.add(new Mismatch(Kind.RESELLER_DIFFERS, s.id(), Optional.of(m.id()), s.partnerId(), mirrorMpn));
          }
        }
      }
    }
    byPcId.forEach((pcId, m) -> {
      if (!seen.contains(pcId)) {
        out.add(new Mismatch(Kind.NOT_IN_PARTNER_CENTER, m.state().partnerCenterSubscriptionId().get(),
            Optional.of(m.id()), Optional.empty(),
            hierarchy.resellerOf(m.state().accountId()).flatMap(r -> r.state().mpnId())));
      }
    });
    return new AttributionReport(compared, out);
  }
}
