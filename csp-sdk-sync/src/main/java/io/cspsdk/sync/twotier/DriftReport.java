package io.cspsdk.sync.twotier;

import java.util.List;

/** What a re-sync repaired: every entity it created, updated (field by field) or deleted in the mirror. */
public record DriftReport(String source, List<Repair> repairs) {
  public DriftReport {
    repairs = List.copyOf(repairs);
  }

  /** Whether the mirror already matched the source. */
  public boolean inSync() {
    return repairs.isEmpty();
  }

  /** One repaired entity. */
  public record Repair(Entity entity, String id, Action action, List<FieldDiff> fields) {
    public Repair {
      fields = List.copyOf(fields);
    }
  }

  /** One field the mirror had wrong: the mirror's value before and the source's value now. */
  public record FieldDiff(String field, String mirrorValue, String sourceValue) {}

  /** What was repaired. */
  public enum Entity { ACCOUNT, SUBSCRIPTION }

  /** How it was repaired. */
  public enum Action { CREATED, UPDATED, DELETED }
}
