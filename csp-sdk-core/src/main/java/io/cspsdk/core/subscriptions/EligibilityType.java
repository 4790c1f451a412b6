package io.cspsdk.core.subscriptions;

/** When an upgrade (transition) would take effect: now, or at the subscription's renewal. */
public enum EligibilityType {
  IMMEDIATE("immediate"),
  SCHEDULED("scheduled");

  private final String wireName;

  EligibilityType(String wireName) {
    this.wireName = wireName;
  }

  /** The value of the {@code eligibilityType} query parameter. */
  public String wireName() {
    return wireName;
  }
}
