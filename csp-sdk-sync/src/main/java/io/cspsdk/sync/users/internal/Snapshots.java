package io.cspsdk.sync.users.internal;

import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.model.License;
import io.cspsdk.core.model.User;
import io.cspsdk.core.model.UserState;
import io.cspsdk.sync.users.DirectoryUser;
import io.cspsdk.sync.users.UserLife;
import io.cspsdk.sync.users.UserSnapshot;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/** Snapshots of users on both sides, and the normalised values baselines keep. */
public final class Snapshots {
  /**
   * Both of Partner Center's licence groups (Microsoft Entra ID SKUs and Minecraft Education SKUs): its licence
   * listings return group 1 only unless asked for more.
   */
  public static final List<String> LICENCE_GROUPS = List.of("Group1", "Group2");
  private Snapshots() {}

  public static UserSnapshot of(DirectoryUser u) {
    TreeSet<String> licences = new TreeSet<>();
    u.licences().forEach(s -> licences.add(sku(s)));
    return new UserSnapshot(u.userPrincipalName(), u.firstName(), u.lastName(), Optional.of(u.displayName()),
        u.usageLocation().map(l -> l.toUpperCase(Locale.ROOT)),
        u.enabled() ? UserLife.ACTIVE : UserLife.SUSPENDED, licences);
  }

  public static UserSnapshot of(User u, Collection<String> licences) {
    boolean active = u.state().map(s -> s.equals(UserState.ACTIVE)).orElse(true);
    return new UserSnapshot(u.userPrincipalName(), blankless(u.firstName()), blankless(u.lastName()),
        blankless(u.displayName()), blankless(u.usageLocation()).map(l -> l.toUpperCase(Locale.ROOT)),
        active ? UserLife.ACTIVE : UserLife.SUSPENDED, new TreeSet<>(licences));
  }

  public static List<String> skus(PagedIterable<License> licences) {
    return licences.stream().flatMap(l -> l.productSku().flatMap(p -> p.id()).stream()).map(Snapshots::sku).toList();
  }

  public static String sku(String id) {
    return id.toLowerCase(Locale.ROOT);
  }

  /** The baseline key of an attribute. */
  public static String attributeKey(String attribute) {
    return "attr:" + attribute;
  }

  public static String skuKey(String sku) {
    return "sku:" + sku;
  }

  public static final String LIFE_KEY = "life";
  /**
   * Present once both sides' licence sets were compared: a SKU without its own key then was on neither side; a SKU
   * whose key holds {@link #UNKNOWN} differed at that time.
   */
  public static final String LICENCES_KEY = "licences";
  public static final String UNKNOWN = "?";

  /** The baseline value of {@code key}, or null when it is not known. */
  public static String baseline(java.util.Map<String, String> base, String key) {
    String v = base.get(key);
    if (v == null && key.startsWith("sku:") && base.containsKey(LICENCES_KEY)) {
      return "0";
    }
    return UNKNOWN.equals(v) ? null : v;
  }

  /** The normalised value of an attribute for comparison and baselines ("" for none). */
  public static String norm(String attribute, Optional<String> value) {
    String v = value.orElse("");
    if (attribute.equals("userPrincipalName")) {
      return v.toLowerCase(Locale.ROOT);
    }
    if (attribute.equals("usageLocation")) {
      return v.toUpperCase(Locale.ROOT);
    }
    return v;
  }

  private static Optional<String> blankless(Optional<String> v) {
    return v.filter(s -> !s.isBlank());
  }
}
