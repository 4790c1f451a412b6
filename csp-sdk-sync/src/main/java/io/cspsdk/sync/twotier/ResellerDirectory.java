package io.cspsdk.sync.twotier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The mirrored resellers by MPN id (what subscriptions' {@code partnerId} and reconciliation lines'
 * {@code resellerMpnId} carry) and by tenant id (what Partner Center's relationships and customer filter use).
 */
public final class ResellerDirectory {
  private final Map<String, MirroredAccount> byMpn = new LinkedHashMap<>();
  private final Map<String, MirroredAccount> byTenant = new LinkedHashMap<>();

  ResellerDirectory(List<MirroredAccount> accounts) {
    for (MirroredAccount a : accounts) {
      if (!a.deleted() && a.state().kind() == AccountKind.RESELLER) {
        a.state().mpnId().ifPresent(m -> byMpn.put(m.toLowerCase(Locale.ROOT), a));
        a.state().tenantId().ifPresent(t -> byTenant.put(t.toLowerCase(Locale.ROOT), a));
      }
    }
  }

  public Optional<MirroredAccount> byMpnId(String mpnId) {
    return mpnId == null ? Optional.empty() : Optional.ofNullable(byMpn.get(mpnId.toLowerCase(Locale.ROOT)));
  }

  public Optional<MirroredAccount> byTenantId(String tenantId) {
    return tenantId == null ? Optional.empty()
        : Optional.ofNullable(byTenant.get(tenantId.toLowerCase(Locale.ROOT)));
  }

  /** The resellers that have a tenant id (those Partner Center knows). */
  public List<MirroredAccount> withTenantId() {
    return List.copyOf(byTenant.values());
  }
}
