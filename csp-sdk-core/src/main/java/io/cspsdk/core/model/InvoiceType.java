package io.cspsdk.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The kind of a Partner Center invoice ({@code invoiceType}; open: unknown values are kept). */
public final class InvoiceType extends OpenEnum {
  private static final Registry<InvoiceType> R = new Registry<>(InvoiceType::new);

  /** Legacy licence-based and Azure (recurring) invoices. */
  public static final InvoiceType RECURRING = R.known("recurring");
  /** New-commerce, marketplace and Azure plan (one-time) invoices. */
  public static final InvoiceType ONE_TIME = R.known("one_time");

  private InvoiceType(String value) {
    super(value);
  }

  @JsonCreator
  public static InvoiceType of(String value) {
    return R.of(value);
  }

  public boolean isKnown() {
    return R.isKnown(this);
  }
}
