package io.cspsdk.sync.discovery;

import io.cspsdk.core.error.ValidationException;
import java.util.EnumSet;
import java.util.Set;

/** Which kinds a discovery imports. Customers are always listed (they are the partitions). */
public record DiscoveryScope(Set<ItemKind> kinds) {
  /** Validates the combination and copies. */
  public DiscoveryScope {
    kinds = Set.copyOf(kinds);
    if (kinds.isEmpty()) {
      throw new ValidationException("scope", "must name at least one kind");
    }
    if (kinds.contains(ItemKind.LICENSE) && !kinds.contains(ItemKind.USER)) {
      throw new ValidationException("scope", "LICENSE needs USER (licences are read per user)");
    }
    if (kinds.contains(ItemKind.INVOICE_LINE_ITEM) && !kinds.contains(ItemKind.INVOICE)) {
      throw new ValidationException("scope", "INVOICE_LINE_ITEM needs INVOICE (lines are read per invoice)");
    }
    boolean customerLevel = kinds.stream().anyMatch(k -> k != ItemKind.INVOICE && k != ItemKind.INVOICE_LINE_ITEM);
    if (customerLevel && !kinds.contains(ItemKind.CUSTOMER)) {
      throw new ValidationException("scope", "customer-level kinds need CUSTOMER (a customer arrives before its items)");
    }
  }

  /** Everything discovery can import. */
  public static DiscoveryScope all() {
    return new DiscoveryScope(EnumSet.allOf(ItemKind.class));
  }

  /** The given kinds. */
  public static DiscoveryScope of(ItemKind first, ItemKind... rest) {
    return new DiscoveryScope(EnumSet.of(first, rest));
  }

  /** Whether the scope includes a kind. */
  public boolean includes(ItemKind kind) {
    return kinds.contains(kind);
  }
}
