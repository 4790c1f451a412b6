package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Which kinds of line items an invoice has: line item type and billing provider. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableInvoiceDetail.class)
@JsonDeserialize(as = ImmutableInvoiceDetail.class)
public abstract class InvoiceDetail {
  /** {@code billinglineitems} or {@code usagelineitems}. */
  public abstract Optional<String> invoiceLineItemType();

  /** {@code office}, {@code azure}, {@code onetime}, {@code marketplace}, ... */
  public abstract Optional<String> billingProvider();

  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link InvoiceDetail}. */
  public static final class Builder extends ImmutableInvoiceDetail.Builder {}
}
