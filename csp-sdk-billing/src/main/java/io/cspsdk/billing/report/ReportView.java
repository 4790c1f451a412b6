package io.cspsdk.billing.report;

/** Who a rendered report is for. */
public enum ReportView {
  /** The reseller: price, cost and margin. */
  RESELLER,
  /** The customer: price only, no cost or margin. */
  CUSTOMER
}
