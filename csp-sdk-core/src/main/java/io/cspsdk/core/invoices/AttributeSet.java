package io.cspsdk.core.invoices;

/** Which columns a Graph reconciliation export includes. */
public enum AttributeSet {
  /** Every attribute of the line items. */
  FULL("full"),
  /** The commonly used subset (smaller blobs). */
  BASIC("basic");

  private final String value;

  AttributeSet(String value) {
    this.value = value;
  }

  /** The wire spelling. */
  public String value() {
    return value;
  }
}
