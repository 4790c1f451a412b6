package io.cspsdk.sync.twotier.internal;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.model.PartnerRelationship;
import io.cspsdk.sync.twotier.AccountKind;
import io.cspsdk.sync.twotier.AccountState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The distributor's indirect resellers by tenant id and MPN id, read from Partner Center on first use and read again
 * when a lookup misses (a reseller added since). Thread-safe.
 */
public final class ResellerLookup {
  private final PartnerCenterClient pc;
  private Map<String, PartnerRelationship> byTenant;
  private Map<String, PartnerRelationship> byMpn;

  public ResellerLookup(PartnerCenterClient pc) {
    this.pc = pc;
  }

  /** The reseller with this tenant id. */
  public synchronized Optional<PartnerRelationship> byTenantId(String tenantId) {
    return find(() -> byTenant.get(tenantId.toLowerCase(java.util.Locale.ROOT)));
  }

  /** The reseller with this MPN id. */
  public synchronized Optional<PartnerRelationship> byMpnId(String mpnId) {
    return find(() -> byMpn.get(mpnId));
  }

  private Optional<PartnerRelationship> find(java.util.function.Supplier<PartnerRelationship> lookup) {
    if (byTenant != null) {
      PartnerRelationship r = lookup.get();
      if (r != null) {
        return Optional.of(r);
      }
    }
    load();
    return Optional.ofNullable(lookup.get());
  }

  private void load() {
    Map<String, PartnerRelationship> tenants = new HashMap<>();
    Map<String, PartnerRelationship> mpns = new HashMap<>();
    for (PartnerRelationship r : pc.relationships().indirectResellers()) {
      tenants.put(r.id().toLowerCase(java.util.Locale.ROOT), r);
      r.mpnId().ifPresent(m -> mpns.put(m, r));
    }
    byTenant = tenants;
    byMpn = mpns;
  }

  /** A reseller as mirrored: id = tenant id, under the distributor (as {@code PartnerCenterSource} mirrors it). */
  public static AccountState state(PartnerRelationship r, String distributorId) {
    return new AccountState(AccountKind.RESELLER, distributorId, r.name().orElse(r.id()), "", "",
        Optional.of(r.id()), r.mpnId());
  }

  /** A content hash of a reseller's mirrored state. */
  public static String hash(AccountState s) {
    String text = s.kind() + "\n" + s.parentId() + "\n" + s.name() + "\n" + s.tenantId().orElse("") + "\n"
        + s.mpnId().orElse("");
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
