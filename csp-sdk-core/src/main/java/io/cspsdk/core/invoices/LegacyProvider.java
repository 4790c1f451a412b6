package io.cspsdk.core.invoices;

import io.cspsdk.core.model.LegacyLicenseLineItem;
import io.cspsdk.core.model.LegacyUsageLineItem;
import java.util.Objects;

/**
 * The billing provider of legacy (pre-new-commerce) invoice line items, typed by the line items it yields.
 *
 * @param <T> the line item type of this provider
 */
public final class LegacyProvider<T> {
  /** Licence-based offers (Office 365, Dynamics 365, ...): {@link LegacyLicenseLineItem}s. */
  public static final LegacyProvider<LegacyLicenseLineItem> OFFICE =
      new LegacyProvider<>("office", LegacyLicenseLineItem.class);
  /** Legacy Azure subscriptions (MS-AZR-0145P): {@link LegacyUsageLineItem}s. */
  public static final LegacyProvider<LegacyUsageLineItem> AZURE =
      new LegacyProvider<>("azure", LegacyUsageLineItem.class);

  private final String value;
  private final Class<T> itemType;

  private LegacyProvider(String value, Class<T> itemType) {
    this.value = value;
    this.itemType = Objects.requireNonNull(itemType);
  }

  /** The wire spelling of the {@code provider} query parameter. */
  public String value() {
    return value;
  }

  /** The line item type this provider yields. */
  public Class<T> itemType() {
    return itemType;
  }

  @Override
  public String toString() {
    return value;
  }
}
