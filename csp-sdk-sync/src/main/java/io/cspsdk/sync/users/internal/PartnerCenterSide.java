package io.cspsdk.sync.users.internal;

import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.model.SubscribedSku;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.core.model.User;
import io.cspsdk.sync.users.UserSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One customer's users, licences and SKUs as Partner Center reports them, read once per plan (licences lazily). */
public final class PartnerCenterSide {
  private final PartnerCenterClient pc;
  private final String customerId;
  private final Map<String, User> active = new LinkedHashMap<>();
  private final Map<String, User> deleted = new LinkedHashMap<>();
  private final Map<String, List<String>> licences = new HashMap<>();
  private List<SubscribedSku> skus;

  public PartnerCenterSide(PartnerCenterClient pc, String customerId) {
    this.pc = pc;
    this.customerId = customerId;
    pc.users(customerId).list().forEach(u -> active.put(u.id(), u));
    pc.users(customerId).listDeleted().forEach(u -> {
      if (!active.containsKey(u.id())) {
        deleted.put(u.id(), u);
      }
    });
  }

  public List<User> activeUsers() {
    return new ArrayList<>(active.values());
  }

  public List<User> deletedUsers() {
    return new ArrayList<>(deleted.values());
  }

  public Optional<User> user(String id) {
    return Optional.ofNullable(active.getOrDefault(id, deleted.get(id)));
  }

  /** The user's snapshot with its licences (read on first use; soft-deleted users hold none). */
  public UserSnapshot snapshot(User u) {
    String id = u.id();
    List<String> l = deleted.containsKey(id) ? List.of()
        : licences.computeIfAbsent(id, k -> Snapshots.skus(pc.licenses(customerId).userLicenses(k,
            Snapshots.LICENCE_GROUPS, RequestOptions.none())));
    return Snapshots.of(u, l);
  }

  public List<SubscribedSku> skus() {
    if (skus == null) {
      skus = pc.licenses(customerId).subscribedSkus(Snapshots.LICENCE_GROUPS, RequestOptions.none()).stream()
          .toList();
    }
    return skus;
  }

  public List<Subscription> subscriptions() {
    List<Subscription> out = new ArrayList<>();
    pc.subscriptions(customerId).list().forEach(out::add);
    return out;
  }
}
