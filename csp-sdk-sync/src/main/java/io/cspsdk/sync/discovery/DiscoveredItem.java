package io.cspsdk.sync.discovery;

import java.util.Objects;
import java.util.Optional;

/**
 * One item delivered to a sink: its kind and Partner Center key, the customer (and parent item) it belongs to, what
 * changed, the model object read from Partner Center ({@code Customer}, {@code Subscription}, {@code User},
 * {@code License}, {@code SubscribedSku}, {@code Order}, {@code Invoice}, {@code ReconciliationLineItem}; absent for
 * {@link Change#REMOVED}) and a hash of its content.
 *
 * @param kind the kind
 * @param key the key, unique within the kind
 * @param customerId the customer it belongs to (absent for invoices and their lines)
 * @param parentKey the parent item's key (user for a licence, invoice for a line), absent otherwise
 * @param change what changed
 * @param value the model object, absent when removed
 * @param contentHash a hash of the content, equal for equal content
 */
public record DiscoveredItem(ItemKind kind, String key, Optional<String> customerId, Optional<String> parentKey,
                             Change change, Optional<Object> value, String contentHash) {
  /** Validates. */
  public DiscoveredItem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(parentKey, "parentKey");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(contentHash, "contentHash");
  }

  /** The value as the given model type. */
  public <T> T valueAs(Class<T> type) {
    return type.cast(value.orElseThrow(() -> new IllegalStateException(kind + " " + key + " was removed")));
  }

  /** The key qualified by kind, unique across kinds ({@code subscription:abc}). */
  public String qualifiedKey() {
    return kind.key() + ":" + key;
  }
}
