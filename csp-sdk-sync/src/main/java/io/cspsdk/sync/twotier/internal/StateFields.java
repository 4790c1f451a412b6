package io.cspsdk.sync.twotier.internal;

import io.cspsdk.sync.twotier.AccountState;
import io.cspsdk.sync.twotier.DriftReport.FieldDiff;
import io.cspsdk.sync.twotier.SubscriptionState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The mirrored (locked) fields of accounts and subscriptions by name, for diffs and drift reports. */
public final class StateFields {
  private StateFields() {}

  public static Map<String, String> fields(AccountState a) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("kind", a.kind().name());
    m.put("parentId", a.parentId());
    m.put("name", a.name());
    m.put("accountingNumber", a.accountingNumber());
    m.put("email", a.email());
    m.put("tenantId", a.tenantId().orElse(""));
    m.put("mpnId", a.mpnId().orElse(""));
    return m;
  }

  public static Map<String, String> fields(SubscriptionState s) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("accountId", s.accountId());
    m.put("status", s.status().name());
    m.put("startDate", String.valueOf(s.startDate()));
    m.put("endDate", String.valueOf(s.endDate()));
    m.put("activationDate", String.valueOf(s.activationDate()));
    m.put("autoRenew", Boolean.toString(s.autoRenew()));
    m.put("product", s.product());
    m.put("billingCycle", s.billingCycle());
    m.put("quantity", Integer.toString(s.quantity()));
    m.put("characteristics", s.characteristics().toString());
    m.put("parentSubscriptionId", s.parentSubscriptionId().orElse(""));
    m.put("partnerCenterSubscriptionId", s.partnerCenterSubscriptionId().orElse(""));
    return m;
  }

  public static List<FieldDiff> diff(AccountState mirror, AccountState source) {
    return diff(fields(mirror), fields(source));
  }

  public static List<FieldDiff> diff(SubscriptionState mirror, SubscriptionState source) {
    return diff(fields(mirror), fields(source));
  }

  private static List<FieldDiff> diff(Map<String, String> mirror, Map<String, String> source) {
    List<FieldDiff> out = new ArrayList<>();
    mirror.forEach((k, v) -> {
      if (!Objects.equals(v, source.get(k))) {
        out.add(new FieldDiff(k, v, source.get(k)));
      }
    });
    return out;
  }
}
