package io.cspsdk.billing.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.billing.internal.CsvRowWriter;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BillingReportCsvTest {
  private Locale saved;

  @BeforeEach
  void germanDefaultLocale() {
    saved = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
  }

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(saved);
  }

  @Test
  void toCsv_resellerView_exactGoldenOutput() {
    String csv = BillingReportCsv.toCsv(ReportScenario.report(), ReportView.RESELLER);
    assertThat(csv).isEqualTo(GOLDEN_RESELLER);
  }

  @Test
  void toCsv_customerView_hasNoCostOrMarginColumns() {
    String csv = BillingReportCsv.toCsv(ReportScenario.report(), ReportView.CUSTOMER);
    assertThat(csv).isEqualTo(GOLDEN_CUSTOMER);
    assertThat(csv).doesNotContain("cost").doesNotContain("margin").doesNotContain("100.00");
  }

  @Test
  void columns_stableOrder() {
    assertThat(BillingReportCsv.columns(ReportView.CUSTOMER))
        .containsExactly(
            "record", "billingDate", "periodStart", "periodEnd", "customerId", "subscriptionId", "productId",
            "skuId", "productName", "lineType", "chargeType", "chargeStartDate", "chargeEndDate", "quantity",
            "unitPrice", "amount", "currency", "roundingDifference");
  }

  @Test
  void rowWriter_quotesOnlyCommaQuoteAndLineBreaks_rfc4180() {
    StringBuilder out = new StringBuilder();
    CsvRowWriter csv = new CsvRowWriter(out);
    csv.row("plain", "a,b", "say \"hi\"", "two\r\nlines", "", "Microsoft 365 E3 #1 (EU)", "-1.50", " padded ");
    csv.row("second");
    csv.finish();

    assertThat(out.toString()).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\",,Microsoft 365 E3 #1 (EU),"
        + "-1.50, padded \r\nsecond\r\n");
  }

  static final String GOLDEN_RESELLER =
      String.join(
          "\r\n",
          "record,billingDate,periodStart,periodEnd,customerId,subscriptionId,productId,skuId,productName,lineType,chargeType,chargeStartDate,chargeEndDate,quantity,unitPrice,amount,currency,cost,margin,roundingDifference",
          "line,2024-02-16,2024-01-16,2024-02-15,C1,S1,P1,0001,Microsoft 365 Business Basic,cycleFee,cycleCharge,2024-01-16,2024-02-15,10,12.000000,120.00,EUR,100.00,20.00,",
          "line,2024-02-16,2024-01-16,2024-02-15,C1,S1,P1,0001,Microsoft 365 Business Basic,proRata,addQuantity,2024-02-01,2024-02-15,15,6.000000,90.00,EUR,75.00,15.00,",
          "line,2024-02-16,2024-01-16,2024-02-15,C1,S1,P1,0001,Microsoft 365 Business Basic,refund,addQuantity,2024-02-01,2024-02-15,10,-6.000000,-60.00,EUR,-50.00,-10.00,",
          "line,2024-02-16,2024-01-16,2024-02-15,C1,S1,P1,0001,Microsoft 365 Business Basic,credit,customerCredit,2024-02-10,2024-02-10,1,-3.330000,-3.33,EUR,-3.33,0.00,",
          "subscription,2024-02-16,2024-01-16,2024-02-15,C1,S1,,,Microsoft 365 Business Basic,,,,,,,146.67,EUR,121.67,25.00,",
          "line,2024-02-16,2024-01-16,2024-02-15,C2,S3,P3,0003,\"Dynamics 365 \"\"Sales\"\", Enterprise\",cycleFee,cycleCharge,2024-01-20,2024-02-19,1,8.400000,8.40,EUR,7.00,1.40,",
          "subscription,2024-02-16,2024-01-16,2024-02-15,C2,S3,,,\"Dynamics 365 \"\"Sales\"\", Enterprise\",,,,,,,8.40,EUR,7.00,1.40,",
          "cycle,2024-02-16,2024-01-16,2024-02-15,,,,,,,,,,,,155.07,EUR,128.67,26.40,0.00",
          "line,2024-03-16,2024-02-16,2024-03-15,C1,S1,P1,0001,Microsoft 365 Business Basic,cycleFee,cycleCharge,2024-02-16,2024-03-15,15,12.000000,180.00,EUR,150.00,30.00,",
          "subscription,2024-03-16,2024-02-16,2024-03-15,C1,S1,,,Microsoft 365 Business Basic,,,,,,,180.00,EUR,150.00,30.00,",
          "line,2024-03-16,2024-02-16,2024-03-15,C1,S2,P1,0001,Exchange Online (Plan 1),cycleFee,cycleCharge,2024-02-20,2024-03-15,1,1.005000,1.01,EUR,0.84,0.17,",
          "line,2024-03-16,2024-02-16,2024-03-15,C1,S2,P1,0001,Exchange Online (Plan 1),cycleFee,cycleCharge,2024-02-21,2024-03-15,1,1.005000,1.01,EUR,0.84,0.17,",
          "line,2024-03-16,2024-02-16,2024-03-15,C1,S2,P1,0001,Exchange Online (Plan 1),cycleFee,cycleCharge,2024-02-22,2024-03-15,1,1.005000,1.01,EUR,0.84,0.17,",
          "subscription,2024-03-16,2024-02-16,2024-03-15,C1,S2,,,Exchange Online (Plan 1),,,,,,,3.03,EUR,2.52,0.51,",
          "cycle,2024-03-16,2024-02-16,2024-03-15,,,,,,,,,,,,183.03,EUR,152.52,30.51,0.01",
          "report,,2024-02-01,2024-03-31,,,,,,,,,,,,338.10,EUR,281.19,56.91,0.01")
          + "\r\n";
  static final String GOLDEN_CUSTOMER =
      String.join(
          "\r\n",
          "record,billingDate,periodStart,periodEnd,customerId,subscriptionId,productId,skuId,productName,lineType,chargeType,chargeStartDate,chargeEndDate,quantity,unitPrice,amount,currency,roundingDifference",
          "line,2024-02-16,2024-01-16,2024-02-15,C1,S1,P1,0001,Microsoft 365 Business Basic,cycleFee,cycleCharge,2024-01-16,2024-02-15,10,12.000000,120.00,EUR,",
          "line,2024-02-16,2024-01-16,2024-02-15,C1,S1,P1,0001,Microsoft 365 Business Basic,proRata,addQuantity,2024-02-01,2024-02-15,15,6.000000,90.00,EUR,",
          "line,2024-02-16,2024-01-16,2024-02-15,C1,S1,P1,0001,Microsoft 365 Business Basic,refund,addQuantity,2024-02-01,2024-02-15,10,-6.000000,-60.00,EUR,",
          "line,2024-02-16,2024-01-16,2024-02-15,C1,S1,P1,0001,Microsoft 365 Business Basic,credit,customerCredit,2024-02-10,2024-02-10,1,-3.330000,-3.33,EUR,",
          "subscription,2024-02-16,2024-01-16,2024-02-15,C1,S1,,,Microsoft 365 Business Basic,,,,,,,146.67,EUR,",
          "line,2024-02-16,2024-01-16,2024-02-15,C2,S3,P3,0003,\"Dynamics 365 \"\"Sales\"\", Enterprise\",cycleFee,cycleCharge,2024-01-20,2024-02-19,1,8.400000,8.40,EUR,",
          "subscription,2024-02-16,2024-01-16,2024-02-15,C2,S3,,,\"Dynamics 365 \"\"Sales\"\", Enterprise\",,,,,,,8.40,EUR,",
          "cycle,2024-02-16,2024-01-16,2024-02-15,,,,,,,,,,,,155.07,EUR,0.00",
          "line,2024-03-16,2024-02-16,2024-03-15,C1,S1,P1,0001,Microsoft 365 Business Basic,cycleFee,cycleCharge,2024-02-16,2024-03-15,15,12.000000,180.00,EUR,",
          "subscription,2024-03-16,2024-02-16,2024-03-15,C1,S1,,,Microsoft 365 Business Basic,,,,,,,180.00,EUR,",
          "line,2024-03-16,2024-02-16,2024-03-15,C1,S2,P1,0001,Exchange Online (Plan 1),cycleFee,cycleCharge,2024-02-20,2024-03-15,1,1.005000,1.01,EUR,",
          "line,2024-03-16,2024-02-16,2024-03-15,C1,S2,P1,0001,Exchange Online (Plan 1),cycleFee,cycleCharge,2024-02-21,2024-03-15,1,1.005000,1.01,EUR,",
          "line,2024-03-16,2024-02-16,2024-03-15,C1,S2,P1,0001,Exchange Online (Plan 1),cycleFee,cycleCharge,2024-02-22,2024-03-15,1,1.005000,1.01,EUR,",
          "subscription,2024-03-16,2024-02-16,2024-03-15,C1,S2,,,Exchange Online (Plan 1),,,,,,,3.03,EUR,",
          "cycle,2024-03-16,2024-02-16,2024-03-15,,,,,,,,,,,,183.03,EUR,0.01",
          "report,,2024-02-01,2024-03-31,,,,,,,,,,,,338.10,EUR,0.01")
          + "\r\n";
}
