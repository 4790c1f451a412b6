package io.cspsdk.core.invoices;

/** The billing provider of legacy (pre-new-commerce) invoice line items. */
public enum LegacyProvider {
  /** Licence-based offers (Microsoft 365, Dynamics 365, ...). */
  OFFICE("office"),
  /** Legacy Azure subscriptions (MS-AZR-0145P). */
  AZURE("azure");

  private final String value;

  LegacyProvider(String value) {
    this.value = value;
  }

  /** The wire spelling of the {@code provider} query parameter. */
  public String value() {
    return value;
  }
}
