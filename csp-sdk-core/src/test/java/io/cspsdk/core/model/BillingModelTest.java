package io.cspsdk.core.model;


import com.fasterxml.jackson.databind.JsonNode;
import io.cspsdk.core.internal.json.Json;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class BillingModelTest {

  @Test
  void invoice_partnerCenterJson_readsNumbersAsExactDecimals_andRoundTrips() throws Exception {
    Invoice i = Json.mapper().readValue(Fixtures.text("invoice.json"), Invoice.class);
    assertThat(i.id()).contains("G000024135");
    assertThat(i.invoiceDate()).contains(OffsetDateTime.of(2024, 2, 7, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(i.billingPeriodStartDate().get().toLocalDate()).hasToString("2024-01-01");
    assertThat(i.billingPeriodEndDate().get().toLocalDate()).hasToString("2024-01-31");
    assertThat(i.totalCharges().get()).isEqualByComparingTo("1234.56");
    assertThat(i.totalCharges().get().scale()).isEqualTo(2);
    assertThat(i.paidAmount().get()).isEqualByComparingTo("0");
    assertThat(i.currencyCode()).contains("USD");
    assertThat(i.currencySymbol()).contains("$");
    assertThat(i.invoiceType()).contains(InvoiceType.ONE_TIME);
    assertThat(i.documentType()).contains("Invoice");
    assertThat(i.pdfDownloadLink()).contains("/invoices/G000024135/documents/statement");
    assertThat(i.invoiceDetails()).singleElement().satisfies(d -> {
      assertThat(d.invoiceLineItemType()).contains("billinglineitems");
      assertThat(d.billingProvider()).contains("one_time");
    });
    assertThat(i.totalChargesMoney()).contains(Money.of("1234.56", "USD"));
    Invoice back = Json.mapper().readValue(Json.mapper().writeValueAsString(i), Invoice.class);
    assertThat(back).isEqualTo(i);
  }

  @Test
  void invoiceType_knownAndUnknownValues() throws Exception {
    assertThat(InvoiceType.of("Recurring")).isSameAs(InvoiceType.RECURRING);
    assertThat(InvoiceType.of("OneTime")).isSameAs(InvoiceType.ONE_TIME);
    Invoice i = Json.mapper().readValue("{\"id\":\"G1\",\"invoiceType\":\"creditNote\",\"invoiceDetails\":[]}", Invoice.class);
    assertThat(i.invoiceType().get().isKnown()).isFalse();
    assertThat(i.invoiceType().get().value()).isEqualTo("creditNote");
  }

  @Test
  void reconciliationLineItem_v1StringsAndNumbers_readExactly_andRoundTrip() throws Exception {
    ReconciliationLineItem li = Json.mapper().readValue(Fixtures.text("reconciliation-line-item.json"),
        ReconciliationLineItem.class);
    assertThat(li.partnerId()).contains("3b33e682-00c3-41ee-9dd2-a548adf56438");
    assertThat(li.customerId()).contains("c0df6ee7-b31c-4b3c-8e4d-a8ea1d6a5f2b");
    assertThat(li.customerName()).contains("Contoso Ltd");
    assertThat(li.customerDomainName()).contains("contoso.onmicrosoft.com");
    assertThat(li.customerCountry()).contains("US");
    assertThat(li.invoiceNumber()).contains("G000024135");
    assertThat(li.mpnId()).contains("4390934");
    assertThat(li.resellerMpnId()).contains("0");
    assertThat(li.orderId()).contains("BTJ8D5gH0qSjyqf5gK0cBlHoBpLRXDEr1");
    assertThat(li.orderDate()).contains(OffsetDateTime.of(2024, 1, 14, 19, 54, 55, 0, ZoneOffset.UTC));
    assertThat(li.productId()).contains("CFQ7TTC0LH18");
    assertThat(li.skuId()).contains("0001");
    assertThat(li.availabilityId()).contains("CFQ7TTC0QS4J");
    assertThat(li.productName()).contains("Microsoft 365 Business Basic");
    assertThat(li.skuName()).contains("Microsoft 365 Business Basic");
    assertThat(li.chargeType()).contains(ChargeType.NEW);
    assertThat(li.unitPrice().get()).isEqualByComparingTo("6");
    assertThat(li.effectiveUnitPrice().get()).isEqualByComparingTo("5.1");
    assertThat(li.unitType()).contains("");
    assertThat(li.quantity().get()).isEqualByComparingTo("10");
    assertThat(li.billableQuantity().get()).isEqualByComparingTo("10");
    assertThat(li.subtotal().get()).isEqualTo(new BigDecimal("51.00"));
    assertThat(li.taxTotal().get().toPlainString()).isEqualTo("1234567890.123456789012345");
    assertThat(li.totalForCustomer().get()).isEqualTo(new BigDecimal("51.00"));
    assertThat(li.currency()).contains("USD");
    assertThat(li.pricingCurrency()).contains("USD");
    assertThat(li.pcToBCExchangeRate().get()).isEqualByComparingTo("1");
    assertThat(li.pcToBCExchangeRateDate()).contains(OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(li.subscriptionId()).contains("e0ef2e8c-fa7a-4d17-b2f3-1dd7d67b6e8b");
    assertThat(li.subscriptionDescription()).contains("Microsoft 365 Business Basic");
    assertThat(li.subscriptionStartDate().get().toLocalDate()).hasToString("2024-01-14");
    assertThat(li.subscriptionEndDate().get().toLocalDate()).hasToString("2025-01-13");
    assertThat(li.chargeStartDate().get().toLocalDate()).hasToString("2024-01-14");
    assertThat(li.chargeEndDate().get().toLocalDate()).hasToString("2024-02-13");
    assertThat(li.termAndBillingCycle()).contains("1 Year Subscription - Monthly Billing");
    assertThat(li.billingFrequency()).contains("Monthly");
    assertThat(li.alternateId()).contains("8f5d5e3a8a3e");
    assertThat(li.priceAdjustmentDescription()).contains("[\"15.0% Tier 1 Discount\"]");
    assertThat(li.creditReasonCode()).contains("");
    assertThat(li.invoiceLineItemType()).contains("billinglineitems");
    assertThat(li.billingProvider()).contains("one_time");

    String json = Json.mapper().writeValueAsString(li);
    assertThat(Json.mapper().readValue(json, ReconciliationLineItem.class)).isEqualTo(li);
    JsonNode tree = Json.mapper().readTree(json);
    assertThat(tree.get("taxTotal").decimalValue().toPlainString()).isEqualTo("1234567890.123456789012345");
    assertThat(tree.has("pcToBCExchangeRate")).isTrue();
  }

  @Test
  void reconciliationLineItem_missingFieldsAndUnknownChargeType_parse() throws Exception {
    ReconciliationLineItem li = Json.mapper().readValue(
        "{\"chargeType\":\"refundAdjustment\",\"unitPrice\":16.005,\"quantity\":\"\",\"orderDate\":\"\"}",
        ReconciliationLineItem.class);
    assertThat(li.chargeType().get().isKnown()).isFalse();
    assertThat(li.chargeType().get().value()).isEqualTo("refundAdjustment");
    assertThat(li.unitPrice().get()).isEqualTo(new BigDecimal("16.005"));
    assertThat(li.quantity()).isEmpty();
    assertThat(li.orderDate()).isEmpty();
    assertThat(li.customerId()).isEmpty();
  }

  @Test
  void legacyLicenseLineItem_partnerCenterJson_readsAllFields() throws Exception {
    LegacyLicenseLineItem li = Json.mapper().readValue(Fixtures.text("legacy-line-item.json"),
        LegacyLicenseLineItem.class);
    assertThat(li.mpnId()).contains("4390934");
    assertThat(li.tier2MpnId()).contains("4390995");
    assertThat(li.offerId()).contains("195416C1-3447-423A-B37B-EE59A99A19C4");
    assertThat(li.durableOfferId()).contains("7F0F5E9F-2A07-4E95-B4BD-39A0B5A1E5C6");
    assertThat(li.offerName()).contains("Office 365 Business Premium");
    assertThat(li.domainName()).contains("fabrikam.onmicrosoft.com");
    assertThat(li.billingCycleType()).contains("Monthly");
    assertThat(li.syndicationPartnerSubscriptionNumber()).contains("");
    assertThat(li.chargeType()).contains(ChargeType.CYCLE_FEE);
    assertThat(li.chargeStartDate().get().toLocalDate()).hasToString("2017-04-01");
    assertThat(li.unitPrice().get()).isEqualTo(new BigDecimal("10.08"));
    assertThat(li.quantity().get()).isEqualByComparingTo("25");
    assertThat(li.amount().get()).isEqualByComparingTo("252.0");
    assertThat(li.tax().get()).isEqualTo(new BigDecimal("24.57"));
    assertThat(li.totalForCustomer().get()).isEqualTo(new BigDecimal("276.57"));
    assertThat(li.currency()).contains("EUR");
    assertThat(li.billingProvider()).contains("office");
    assertThat(Json.mapper().readValue(Json.mapper().writeValueAsString(li), LegacyLicenseLineItem.class))
        .isEqualTo(li);
  }

  @Test
  void legacyUsageLineItem_partnerCenterJson_readsAllFields() throws Exception {
    LegacyUsageLineItem li = Json.mapper().readValue(Fixtures.text("legacy-usage-line-item.json"),
        LegacyUsageLineItem.class);
    assertThat(li.partnerName()).contains("Contoso Partner");
    assertThat(li.partnerBillableAccountId()).contains("US-000000001");
    assertThat(li.customerCompanyName()).contains("Fabrikam");
    assertThat(li.mpnId()).contains("4390934");
    assertThat(li.invoiceNumber()).contains("D060000001");
    assertThat(li.subscriptionName()).contains("Microsoft Azure");
    assertThat(li.serviceType()).contains("Standard IO - Page Blob/Disk");
    assertThat(li.resourceGuid()).contains("9e2739ba-86be-4d80-9f7f-b4f8c1f1c2f3");
    assertThat(li.resourceName()).contains("Data Stored (GB)");
    assertThat(li.region()).contains("West Europe");
    assertThat(li.detailLineItemId()).contains("0");
    assertThat(li.consumedQuantity()).contains(new BigDecimal("1338.0000001"));
    assertThat(li.overageQuantity()).contains(new BigDecimal("1338.0000001"));
    assertThat(li.listPrice()).contains(new BigDecimal("0.0457"));
    assertThat(li.pretaxEffectiveRate()).contains(new BigDecimal("0.04569506"));
    assertThat(li.taxAmount()).contains(new BigDecimal("11.62"));
    assertThat(li.chargeType().get().value()).isEqualTo("Usage");
    assertThat(li.chargeEndDate()).contains(OffsetDateTime.of(2017, 4, 30, 23, 59, 59, 0, ZoneOffset.UTC));
    assertThat(li.unit()).contains("GB/Month");
    assertThat(Json.mapper().readValue(Json.mapper().writeValueAsString(li), LegacyUsageLineItem.class))
        .isEqualTo(li);
  }

  @Test
  void exportOperation_runningFailedAndLinkedSuccess_parse() throws Exception {
    ExportOperation running = Json.mapper().readValue(Fixtures.text("export-operation-running.json"),
        ExportOperation.class);
    assertThat(running.status()).contains(ExportOperationStatus.RUNNING);
    assertThat(running.createdDateTime()).contains(OffsetDateTime.of(2023, 3, 9, 8, 12, 53, 0, ZoneOffset.UTC));
    assertThat(running.resourceLocation()).isEmpty();

    ExportOperation failed = Json.mapper().readValue(Fixtures.text("export-operation-failed.json"),
        ExportOperation.class);
    assertThat(failed.status().get().isFailure()).isTrue();
    assertThat(failed.error().flatMap(ExportError::code)).contains("5000");
    assertThat(failed.error().flatMap(ExportError::message)).contains("No data available");

    ExportOperation linked = Json.mapper().readValue("{\"id\":\"op\",\"status\":\"succeeded\","
        + "\"resourceLocation@odata.navigationLink\":\"https://graph.microsoft.com/v1.0/reports/partners/billing/"
        + "manifests/m1\"}", ExportOperation.class);
    assertThat(linked.status().get().isSuccess()).isTrue();
    assertThat(linked.resourceLocationLink()).contains(
        "https://graph.microsoft.com/v1.0/reports/partners/billing/manifests/m1");
    assertThat(ExportOperationStatus.of("Completed").isSuccess()).isTrue();
    assertThat(ExportOperationStatus.of("NOT_STARTED")).isSameAs(ExportOperationStatus.NOT_STARTED);
    assertThat(ExportOperationStatus.of("queued").isKnown()).isFalse();
  }

  @Test
  void exportManifest_readsBlobs_buildsBlobUrls_andRedactsSasToken() throws Exception {
    ExportManifest m = Json.mapper().readValue(Fixtures.text("export-manifest.json"), ExportManifest.class);
    assertThat(m.blobCount()).contains(2);
    assertThat(m.dataFormat()).contains("compressedJSON");
    assertThat(m.schemaVersion()).contains("2");
    assertThat(m.partnerTenantId()).contains("3b33e682-00c3-41ee-9dd2-a548adf56438");
    assertThat(m.blobs()).extracting(ExportBlob::name)
        .containsExactly("part-00000-a7c2.json.gz", "part-00001-a7c2.json.gz");
    assertThat(m.blobs().get(0).partitionValue()).contains("default");
    assertThat(m.blobUrl(m.blobs().get(1))).isEqualTo("https://adlsreconbuprodeastus201.blob.core.windows.net/"
        + "invoice/v2/3b33e682/G000024135/part-00001-a7c2.json.gz?sv=2021-06-08&sr=d&sig=SECRETSIGNATURE"
        + "&se=2023-03-10T08%3A37%3A48Z&sp=rl");
    assertThat(m.toString()).doesNotContain("SECRETSIGNATURE");
    ExportManifest slashes = m.toBuilder().rootDirectory("https://x/dir/").sasToken("?sig=1").build();
    assertThat(slashes.blobUrl(ExportBlob.of("/b.gz", null))).isEqualTo("https://x/dir/b.gz?sig=1");
    assertThat(Json.mapper().readValue(Json.mapper().writeValueAsString(m), ExportManifest.class)).isEqualTo(m);
  }
}
