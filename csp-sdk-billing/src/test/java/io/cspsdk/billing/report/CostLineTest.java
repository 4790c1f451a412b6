package io.cspsdk.billing.report;

import static io.cspsdk.billing.testing.Lines.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.billing.charges.ChargeEngine;
import io.cspsdk.billing.charges.ChargeLine;
import io.cspsdk.billing.charges.SubscriptionTimeline;
import io.cspsdk.billing.testing.Timelines;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.internal.json.Json;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.ChargeType;
import io.cspsdk.core.model.ReconciliationLineItem;
import io.cspsdk.core.model.TermDuration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostLineTest {
  private static final String ITEM =
      "{\"customerId\":\"c0df6ee7\",\"productId\":\"CFQ7TTC0LH18\",\"skuId\":\"0001\","
          + "\"availabilityId\":\"CFQ7TTC0QS4J\",\"productName\":\"Microsoft 365 Business Basic\","
          + "\"chargeType\":\"new\",\"unitPrice\":\"6\",\"effectiveUnitPrice\":\"5.1\",\"quantity\":\"10\","
          + "\"subtotal\":\"51.00\",\"currency\":\"EUR\",\"pricingCurrency\":\"USD\",\"pcToBCExchangeRate\":\"0.9\","
          + "\"subscriptionId\":\"e0ef2e8c\",\"chargeStartDate\":\"2024-01-14T00:00:00Z\","
          + "\"chargeEndDate\":\"2024-02-13T00:00:00Z\",\"termAndBillingCycle\":\"1 Year Subscription - Monthly Billing\","
          + "\"billingFrequency\":\"Monthly\",\"referenceId\":\"\",\"creditReasonCode\":\"\"}";

  @Test
  void fromReconciliationLineItem_mapsFieldsAndCurrencies() throws Exception {
    CostLine l = CostLine.from(Json.mapper().readValue(ITEM, ReconciliationLineItem.class));
    assertThat(l.customerId()).isEqualTo("c0df6ee7");
    assertThat(l.subscriptionId()).isEqualTo("e0ef2e8c");
    assertThat(l.chargeType()).isSameAs(ChargeType.NEW);
    assertThat(l.chargeStartDate()).isEqualTo(LocalDate.parse("2024-01-14"));
    assertThat(l.chargeEndDate()).isEqualTo(LocalDate.parse("2024-02-13"));
    assertThat(l.pricingCurrency()).isEqualTo("USD");
    assertThat(l.billingCurrency()).isEqualTo("EUR");
    assertThat(l.billingUnitPrice()).isEqualByComparingTo("5.4");
    assertThat(l.billingEffectiveUnitPrice()).isEqualByComparingTo("4.59");
    assertThat(l.amount()).isEqualByComparingTo("51.00");
    assertThat(l.termDuration()).contains(TermDuration.P1Y);
    assertThat(l.billingCycle()).contains(BillingCycle.MONTHLY);
    assertThat(l.referenceId()).isEmpty();
  }

  @Test
  void fromReconciliationLineItem_missingCustomer_namesTheField() throws Exception {
    ReconciliationLineItem item =
        Json.mapper().readValue(ITEM.replace("\"customerId\":\"c0df6ee7\",", ""), ReconciliationLineItem.class);
    assertThatThrownBy(() -> CostLine.from(item))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("customerId"));
  }

  @Test
  void fromReconciliationLineItem_defaults_matchTheBuilder() throws Exception {
    String minimal =
        ITEM.replace("\"effectiveUnitPrice\":\"5.1\",", "")
            .replace("\"pricingCurrency\":\"USD\",", "")
            .replace("\"pcToBCExchangeRate\":\"0.9\"", "\"pcToBCExchangeRate\":\"0\"")
            .replace("\"skuId\":\"0001\",", "");
    CostLine l = CostLine.from(Json.mapper().readValue(minimal, ReconciliationLineItem.class));
    assertThat(l.effectiveUnitPrice()).isEqualTo(new BigDecimal("6"));
    assertThat(l.pricingCurrency()).isEqualTo("EUR");
    assertThat(l.pcToBcExchangeRate()).isEqualTo(BigDecimal.ONE);
    assertThat(l.skuId()).isEmpty();
    assertThat(l.transactionDate()).isEqualTo(l.chargeStartDate());
    assertThat(l).isEqualTo(l.toBuilder().build());
  }

  @Test
  void fromReconciliationLineItem_lowerCaseCurrencyOrEndBeforeStart_namesTheField() throws Exception {
    ReconciliationLineItem lower =
        Json.mapper().readValue(ITEM.replace("\"USD\"", "\"usd\""), ReconciliationLineItem.class);
    assertThatThrownBy(() -> CostLine.from(lower))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("pricingCurrency"));
    ReconciliationLineItem reversed =
        Json.mapper().readValue(ITEM.replace("2024-02-13", "2024-01-13"), ReconciliationLineItem.class);
    assertThatThrownBy(() -> CostLine.from(reversed))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("chargeEndDate"));
  }

  @Test
  void fromChargeLine_keepsEngineAmountsAndEventDate() {
    SubscriptionTimeline t =
        Timelines.seatAdditionMarch2022("sub-1", "cust-1", "P1");
    List<ChargeLine> charges =
        ChargeEngine.newCommerce().charges(t, LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 31));
    List<CostLine> costs = charges.stream().map(CostLine::from).toList();
    assertThat(costs)
        .extracting(c -> c.chargeType() + " " + c.quantity() + " " + c.amount().toPlainString())
        .containsExactly("new 10 120.00", "addQuantity 10 -112.25", "addQuantity 15 168.38");
    assertThat(costs.get(1).referenceId()).isEqualTo(costs.get(2).referenceId());
    assertThat(costs.get(1).transactionDate()).isEqualTo(LocalDate.of(2022, 3, 7));
    assertThat(costs.get(0).customerId()).isEqualTo("cust-1");
  }

  @Test
  void build_endBeforeStart_isRejectedNamingTheField() {
    assertThatThrownBy(() -> line().chargeEndDate(LocalDate.parse("2024-02-01")).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("chargeEndDate"));
  }

  @Test
  void build_missingRequiredValue_isRejectedNamingTheField() {
    assertThatThrownBy(() -> CostLine.builder().customerId("C1").subscriptionId("S1").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("productId"));
  }

  @Test
  void defaults_andToBuilder_roundTrip() {
    CostLine l = line().quantity(new BigDecimal("3")).build();
    assertThat(l.effectiveUnitPrice()).isEqualTo(l.unitPrice());
    assertThat(l.billingCurrency()).isEqualTo("EUR");
    assertThat(l.transactionDate()).isEqualTo(l.chargeStartDate());
    assertThat(l.amount()).isEqualByComparingTo("30");
    assertThat(l.toBuilder().build()).isEqualTo(l).hasSameHashCodeAs(l);
    assertThat(l.toBuilder().referenceId("x").build()).isNotEqualTo(l);
  }

  @Test
  void build_lowerCaseCurrency_isRejected() {
    assertThatThrownBy(() -> line().pricingCurrency("eur").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("pricingCurrency"));
  }
}
