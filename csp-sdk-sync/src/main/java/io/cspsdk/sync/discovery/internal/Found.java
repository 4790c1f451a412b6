package io.cspsdk.sync.discovery.internal;

import io.cspsdk.sync.discovery.ItemKind;
import java.util.Optional;

/** An item as read, before it is compared with the partition's previous digest. */
record Found(ItemKind kind, String key, Optional<String> customerId, Optional<String> parentKey, Object value) {
  String qualifiedKey() {
    return kind.key() + ":" + key;
  }
}
