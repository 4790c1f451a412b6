package io.cspsdk.core.model;

/** Which unbilled billing period to read: the open one, or the one just closed and not yet invoiced. */
public enum UnbilledPeriod {
  CURRENT("current", "current"),
  PREVIOUS("previous", "last");

  private final String v1Value;
  private final String exportValue;

  UnbilledPeriod(String v1Value, String exportValue) {
    this.v1Value = v1Value;
    this.exportValue = exportValue;
  }

  /** The spelling of Partner Center's v1 {@code period} query parameter ({@code current|previous}). */
  public String v1Value() {
    return v1Value;
  }

  /** The spelling of the Graph export's {@code billingPeriod} ({@code current|last}). */
  public String exportValue() {
    return exportValue;
  }
}
