package io.cspsdk.billing.pricing;

import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.Money;
import java.util.Objects;

/** One effective-dated price of a price list: the unit price for the whole term of the keyed product. */
public record PriceListEntry(PriceKey key, Validity validity, Money unitPrice) {
  public PriceListEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(validity, "validity");
    Objects.requireNonNull(unitPrice, "unitPrice");
    if (unitPrice.isNegative()) {
      throw new ValidationException("unitPrice", "must not be negative, was " + unitPrice);
    }
  }
}
