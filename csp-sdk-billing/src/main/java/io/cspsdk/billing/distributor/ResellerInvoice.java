package io.cspsdk.billing.distributor;

import io.cspsdk.billing.report.BillingPeriod;
import io.cspsdk.billing.report.BillingReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The distributor's invoice to one reseller for one closed billing period: the period's {@code charges} and the
 * {@code adjustments} of changes that arrived after earlier periods were closed, each a {@link BillingReport}
 * (billing cycle → subscription → detail lines, at the reseller's prices), with totals per lite reseller and end
 * customer. Issued invoices are never changed.
 */
public record ResellerInvoice(String resellerId, BillingPeriod period, BillingReport charges,
                              Optional<BillingReport> adjustments, List<GroupTotal> groups) {
  public ResellerInvoice {
    groups = List.copyOf(groups);
  }

  /** Charges plus adjustments (sums of rounded lines). */
  public BigDecimal total() {
    return charges.amount().add(adjustments.map(BillingReport::amount).orElse(BigDecimal.ZERO));
  }

  public String currency() {
    return charges.currency();
  }

  /** One end customer's share of the invoice, under its lite reseller when it has one. */
  public record GroupTotal(Optional<String> liteResellerId, String endCustomerId, BigDecimal charges,
                           BigDecimal adjustments) {
    public BigDecimal total() {
      return charges.add(adjustments);
    }
  }
}
