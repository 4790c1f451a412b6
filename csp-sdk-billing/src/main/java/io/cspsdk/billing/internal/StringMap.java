package io.cspsdk.billing.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A map from ids to values for the hot path (open addressing, no entry objects). Ids are spread with Murmur3's
 * finaliser first: {@link String#hashCode} of ids that differ only in a few characters (s000001-…, s000002-…)
 * collides badly in {@link java.util.HashMap}. Not thread-safe; no removal.
 */
public final class StringMap<V> {
  private String[] keys = new String[64];
  private Object[] values = new Object[64];
  private int size;

  /** The value of {@code key}, or null. */
  @SuppressWarnings("unchecked")
  public V get(String key) {
    int mask = keys.length - 1;
    for (int i = mix(key.hashCode()) & mask; ; i = (i + 1) & mask) {
      String k = keys[i];
      if (k == null) {
        return null;
      }
      if (k == key || k.equals(key)) {
        return (V) values[i];
      }
    }
  }

  /** Sets the value of {@code key}. */
  public void put(String key, V value) {
    int mask = keys.length - 1;
    int i = mix(key.hashCode()) & mask;
    while (keys[i] != null && !keys[i].equals(key)) {
      i = (i + 1) & mask;
    }
    if (keys[i] == null) {
      keys[i] = key;
      size++;
    }
    values[i] = value;
    if (size * 2 > keys.length) {
      grow();
    }
  }

  public int size() {
    return size;
  }

  /** Every value, in no particular order. */
  @SuppressWarnings("unchecked")
  public List<V> values() {
    List<V> all = new ArrayList<>(size);
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null) {
        all.add((V) values[i]);
      }
    }
    return all;
  }

  @SuppressWarnings("unchecked")
  private void grow() {
    String[] oldKeys = keys;
    Object[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    values = new Object[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        put(oldKeys[i], (V) oldValues[i]);
      }
    }
  }

  /** Murmur3's finaliser: spreads similar ids over all bits. */
  static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }
}
