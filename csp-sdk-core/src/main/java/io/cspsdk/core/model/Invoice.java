package io.cspsdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A Partner Center invoice to the partner ({@code /invoices}). */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableInvoice.class)
@JsonDeserialize(as = ImmutableInvoice.class)
public abstract class Invoice {
  /** The invoice number; always sent by Partner Center. */
  public abstract String id();

  public abstract Optional<OffsetDateTime> invoiceDate();

  public abstract Optional<OffsetDateTime> billingPeriodStartDate();

  public abstract Optional<OffsetDateTime> billingPeriodEndDate();

  public abstract Optional<BigDecimal> totalCharges();

  public abstract Optional<BigDecimal> paidAmount();

  public abstract Optional<String> currencyCode();

  public abstract Optional<String> currencySymbol();

  public abstract Optional<InvoiceType> invoiceType();

  public abstract Optional<String> documentType();

  public abstract Optional<String> pdfDownloadLink();

  public abstract List<InvoiceDetail> invoiceDetails();

  /** {@link #totalCharges()} in {@link #currencyCode()}, when both were sent. */
  public Optional<Money> totalChargesMoney() {
    return totalCharges().flatMap(t -> currencyCode().map(c -> Money.of(t, c)));
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link Invoice}. */
  public static final class Builder extends ImmutableInvoice.Builder {}
}
