package io.cspsdk.billing.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.billing.charges.Purchase;
import io.cspsdk.billing.charges.SeatDecreaseNotAllowedException;
import io.cspsdk.billing.charges.SubscriptionTimeline;
import io.cspsdk.billing.pricing.Markup;
import io.cspsdk.billing.pricing.PriceKey;
import io.cspsdk.billing.pricing.PriceList;
import io.cspsdk.billing.pricing.RuleScope;
import io.cspsdk.billing.pricing.TierPricing;
import io.cspsdk.billing.pricing.Validity;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.ChargeType;
import io.cspsdk.core.model.Money;
import io.cspsdk.core.model.PriceSheetEntry;
import io.cspsdk.core.model.TermDuration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoterTest {
  private static final String STANDARD = "CFQ7TTC0LCHC";
  private static final PriceKey STANDARD_SKU = PriceKey.sku(STANDARD, "0002");
  private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);

  private static final List<PriceSheetEntry> SHEET = List.of(
      row(STANDARD, "0002", TermDuration.P1Y, BillingCycle.MONTHLY, "12.50"),
      row(STANDARD, "0002", TermDuration.P1Y, BillingCycle.ANNUAL, "150.00"));

  private static final PriceList GLOBAL = PriceList.global("global")
      .price(STANDARD_SKU, Validity.between(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)), Money.of("180.00", "USD"))
      .price(STANDARD_SKU, Validity.from(LocalDate.of(2027, 1, 1)), Money.of("192.00", "USD"))
      .build();
  private static final PriceList WINGTIP = PriceList.forCustomer("wingtip", "wingtip")
      .price(PriceKey.of(STANDARD, "0002", TermDuration.P1Y, BillingCycle.MONTHLY), Money.of("171.00", "USD"))
      .build();

  private final Quoter quoter = Quoter.builder()
      .pricing(TierPricing.builder("customers").priceList(GLOBAL).priceList(WINGTIP)
          .rule(RuleScope.global(), Markup.percent("20")).build())
      .costs(CostSource.priceSheet(SHEET))
      .build();

  private static PriceSheetEntry row(String product, String sku, TermDuration term, BillingCycle plan, String price) {
    return PriceSheetEntry.builder().productId(product).skuId(sku).termDuration(term).billingPlan(plan)
        .currency("usd").unitPrice(new BigDecimal(price))
        .effectiveStartDate(OffsetDateTime.of(2026, 11, 1, 0, 0, 0, 0, ZoneOffset.UTC)).build();
  }

  private static PurchaseQuoteRequest.Builder standard(String customer, BillingCycle cycle, int seats) {
    return PurchaseQuoteRequest.builder().customerId(customer).productId(STANDARD).skuId("0002")
        .termDuration(TermDuration.P1Y).billingCycle(cycle).quantity(seats).purchaseDate(DEC_1);
  }

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  @Test
  void quote_p1yMonthlyFromGlobalList_costPriceAndMarginPerMonthFirstInvoiceAndTerm() {
    Quote q = quoter.quote(standard("contoso", BillingCycle.MONTHLY, 10).build());

    assertThat(q.unitCost()).isEqualByComparingTo("150.00");
    assertThat(q.unitPrice()).isEqualByComparingTo("180.00");
    assertThat(q.perPeriod()).isEqualTo(new QuoteAmounts(usd("125.00"), usd("150.00")));
    assertThat(q.perPeriod().margin()).isEqualTo(usd("25.00"));
    assertThat(q.perPeriod().marginPercent()).isEqualByComparingTo("16.67");
    assertThat(q.firstChargeLines()).singleElement().satisfies(l -> {
      assertThat(l.chargeType()).isEqualTo(ChargeType.NEW);
      assertThat(l.chargeStartDate()).isEqualTo(DEC_1);
      assertThat(l.chargeEndDate()).isEqualTo(LocalDate.of(2026, 12, 31));
      assertThat(l.amounts()).isEqualTo(new QuoteAmounts(usd("125.00"), usd("150.00")));
    });
    // the global price list changes on 2027-01-01: January to November are sold at 192.00 / 12 = 16.00 a seat
    assertThat(q.termEndDate()).isEqualTo(LocalDate.of(2027, 11, 30));
    assertThat(q.term()).isEqualTo(new QuoteAmounts(usd("1500.00"), usd("1910.00")));
    assertThat(q.term().margin()).isEqualTo(usd("410.00"));
  }

  @Test
  void quote_customerWithOwnList_customerPriceBeforeGlobal() {
    Quote q = quoter.quote(standard("wingtip", BillingCycle.MONTHLY, 10).build());

    assertThat(q.unitPrice()).isEqualByComparingTo("171.00");
    assertThat(q.perPeriod()).isEqualTo(new QuoteAmounts(usd("125.00"), usd("142.50")));
    assertThat(q.perPeriod().marginPercent()).isEqualByComparingTo("12.28");
    assertThat(q.term().price()).isEqualTo(usd("1710.00"));
  }

  @Test
  void quote_p1yAnnualWithMarkupRule_chargesTheYearOnTheFirstInvoice() {
    Quoter markupOnly = Quoter.builder()
        .pricing(TierPricing.builder("customers").rule(RuleScope.global(), Markup.percent("20")).build())
        .costs(CostSource.priceSheet(SHEET)).build();

    Quote q = markupOnly.quote(standard("contoso", BillingCycle.ANNUAL, 3).purchaseDate(LocalDate.of(2026, 12, 15)).build());

    assertThat(q.perPeriod()).isEqualTo(new QuoteAmounts(usd("450.00"), usd("540.00")));
    assertThat(q.firstChargeLines()).singleElement().satisfies(l -> {
      assertThat(l.chargeStartDate()).isEqualTo(LocalDate.of(2026, 12, 15));
      assertThat(l.chargeEndDate()).isEqualTo(LocalDate.of(2027, 12, 14));
    });
    assertThat(q.firstCharge()).isEqualTo(new QuoteAmounts(usd("450.00"), usd("540.00")));
    assertThat(q.term()).isEqualTo(q.firstCharge());
    assertThat(q.firstCharge().margin()).isEqualTo(usd("90.00"));
  }

  @Test
  void quote_p1mWithCallerSuppliedCost_usesThatCost() {
    Quote q = quoter.quote(standard("contoso", BillingCycle.MONTHLY, 4).termDuration(TermDuration.P1M)
        .unitCost(usd("15.00")).build());

    // the global price list's SKU entry has no term: 180.00 applies to P1M as well
    assertThat(q.perPeriod()).isEqualTo(new QuoteAmounts(usd("60.00"), usd("720.00")));
    Quote marked = Quoter.builder().pricing(TierPricing.builder("m").rule(RuleScope.global(), Markup.percent("10")).build())
        .build().quote(standard("contoso", BillingCycle.MONTHLY, 4).termDuration(TermDuration.P1M)
            .unitCost(usd("15.00")).build());
    assertThat(marked.perPeriod()).isEqualTo(new QuoteAmounts(usd("60.00"), usd("66.00")));
    assertThat(marked.termEndDate()).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void quote_coterminousAddOn_proratesTheFirstInvoice() {
    Quoter markup = Quoter.builder().pricing(TierPricing.builder("m").rule(RuleScope.global(), Markup.percent("25")).build())
        .build();
    // 12.00 a year per seat billed monthly (1.00 a month), bought on Dec 17, ending with its base on Jan 4:
    // the first cycle Dec 17..Jan 4 is 19 of 31 days (Dec 17..Jan 16)
    Quote q = markup.quote(PurchaseQuoteRequest.builder().customerId("contoso").productId("CFQ7TTC0LHWP").skuId("0001")
        .termDuration(TermDuration.P1Y).billingCycle(BillingCycle.MONTHLY).quantity(10)
        .purchaseDate(LocalDate.of(2026, 12, 17)).customTermEndDate(LocalDate.of(2027, 1, 4))
        .unitCost(usd("12.00")).build());

    assertThat(q.perPeriod()).isEqualTo(new QuoteAmounts(usd("10.00"), usd("12.50")));
    assertThat(q.firstChargeLines()).singleElement().satisfies(l -> {
      assertThat(l.chargeEndDate()).isEqualTo(LocalDate.of(2027, 1, 4));
      assertThat(l.amounts().cost().amount()).isLessThan(new BigDecimal("10.00"));
    });
    assertThat(q.termEndDate()).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(q.term()).isEqualTo(q.firstCharge());
  }

  @Test
  void quoteSeatChange_publishedSeatAddition_immediateProratedChargeAndNewMonthlyCost() {
    SubscriptionTimeline sub = SubscriptionTimeline.builder().subscriptionId("sub-1").customerId("contoso")
        .purchase(Purchase.builder().purchaseDate(LocalDate.of(2022, 3, 5)).termDuration(TermDuration.P1M)
            .billingCycle(BillingCycle.MONTHLY).quantity(10).unitPrice(new BigDecimal("12.00")).currency("USD")
            .productId(STANDARD).skuId("0002").build())
        .build();
    Quoter markup = Quoter.builder().pricing(TierPricing.builder("m").rule(RuleScope.global(), Markup.percent("25")).build())
        .build();

    Quote q = markup.quoteSeatChange(SeatChangeQuoteRequest.builder().subscription(sub).newQuantity(15)
        .changeDate(LocalDate.of(2022, 3, 7)).build());

    assertThat(q.kind()).isEqualTo(QuoteKind.SEAT_CHANGE);
    assertThat(q.subscriptionId()).contains("sub-1");
    assertThat(q.previousQuantity()).contains(10);
    assertThat(q.quantity()).isEqualTo(15);
    assertThat(q.firstChargeLines()).extracting(l -> l.amounts().cost(), l -> l.amounts().price(), QuoteLine::quantity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(usd("-112.25"), usd("-140.32"), 10),
            org.assertj.core.groups.Tuple.tuple(usd("168.38"), usd("210.48"), 15));
    assertThat(q.firstCharge()).isEqualTo(new QuoteAmounts(usd("56.13"), usd("70.16")));
    assertThat(q.firstCharge().margin()).isEqualTo(usd("14.03"));
    assertThat(q.perPeriod()).isEqualTo(new QuoteAmounts(usd("180.00"), usd("225.00")));
  }

  @Test
  void quoteSeatChange_decreaseAfterTheWindow_isRefusedByTheChargeRules() {
    SubscriptionTimeline sub = SubscriptionTimeline.builder().subscriptionId("sub-1").customerId("contoso")
        .purchase(Purchase.builder().purchaseDate(LocalDate.of(2022, 3, 5)).termDuration(TermDuration.P1Y)
            .billingCycle(BillingCycle.MONTHLY).quantity(10).unitPrice(new BigDecimal("144.00")).currency("USD")
            .productId(STANDARD).skuId("0002").build())
        .build();

    assertThatThrownBy(() -> quoter.quoteSeatChange(SeatChangeQuoteRequest.builder().subscription(sub).newQuantity(8)
        .changeDate(LocalDate.of(2022, 3, 20)).build()))
        .isInstanceOf(SeatDecreaseNotAllowedException.class);
  }

  @Test
  void forCustomer_hidesCostAndMargin() {
    Quote q = quoter.quote(standard("contoso", BillingCycle.MONTHLY, 10).build());

    CustomerQuote c = q.forCustomer();

    assertThat(c.perPeriod()).isEqualTo(usd("150.00"));
    assertThat(c.firstCharge()).isEqualTo(usd("150.00"));
    assertThat(c.term()).isEqualTo(usd("1910.00"));
    assertThat(c.unitPrice()).isEqualTo(usd("180.00"));
    assertThat(c.firstChargeLines()).extracting(CustomerQuote.Line::price).containsExactly(usd("150.00"));
    List<String> components = Arrays.stream(CustomerQuote.class.getRecordComponents()).map(rc -> rc.getName()).toList();
    assertThat(components).noneMatch(n -> n.toLowerCase().contains("cost") || n.toLowerCase().contains("margin"));
    assertThat(Arrays.stream(CustomerQuote.Line.class.getRecordComponents()).map(rc -> rc.getName()))
        .containsExactly("chargeType", "chargeStartDate", "chargeEndDate", "quantity", "price");
    assertThat(c.toString()).doesNotContain("125.00").doesNotContain("1500.00");
  }

  @Test
  void quote_withoutAnyKnownCost_isTypedErrorNamingUnitCost() {
    assertThatThrownBy(() -> quoter.quote(standard("contoso", BillingCycle.MONTHLY, 1).termDuration(TermDuration.P3Y).build()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("unitCost"));
  }

  @Test
  void quote_priceSheetRowNotYetEffective_isNotUsed() {
    assertThatThrownBy(() -> quoter.quote(standard("contoso", BillingCycle.MONTHLY, 1).purchaseDate(LocalDate.of(2026, 10, 31)).build()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("unitCost"));
  }

  @Test
  void samePricesAs_requoteAfterPriceChange_differs() {
    Quote before = quoter.quote(standard("contoso", BillingCycle.MONTHLY, 10).build());
    Quoter raised = Quoter.builder().pricing(TierPricing.builder("customers")
            .priceList(GLOBAL.supersede(STANDARD_SKU, DEC_1, usd("186.00"))).build())
        .costs(CostSource.priceSheet(SHEET)).build();

    assertThat(before.samePricesAs(quoter.quote(standard("contoso", BillingCycle.MONTHLY, 10).build()))).isTrue();
    assertThat(before.samePricesAs(raised.quote(standard("contoso", BillingCycle.MONTHLY, 10).build()))).isFalse();
  }

  @Test
  void quoteSeatChange_onACycleAnniversary_leavesTheCycleChargeOut() {
    SubscriptionTimeline sub = SubscriptionTimeline.builder().subscriptionId("sub-1").customerId("contoso")
        .purchase(Purchase.builder().purchaseDate(LocalDate.of(2022, 3, 5)).termDuration(TermDuration.P1Y)
            .billingCycle(BillingCycle.MONTHLY).quantity(10).unitPrice(new BigDecimal("144.00")).currency("USD")
            .productId(STANDARD).skuId("0002").build())
        .build();
    Quoter markup = Quoter.builder().pricing(TierPricing.builder("m").rule(RuleScope.global(), Markup.percent("25")).build())
        .build();

    Quote q = markup.quoteSeatChange(SeatChangeQuoteRequest.builder().subscription(sub).newQuantity(15)
        .changeDate(LocalDate.of(2022, 4, 5)).build());

    // the April cycle charge of 10 seats (120.00) is due anyway; the change refunds it and charges 15 seats
    assertThat(q.firstChargeLines()).extracting(QuoteLine::chargeType).containsOnly(ChargeType.ADD_QUANTITY);
    assertThat(q.firstCharge()).isEqualTo(new QuoteAmounts(usd("60.00"), usd("75.00")));
    assertThat(q.perPeriod()).isEqualTo(new QuoteAmounts(usd("180.00"), usd("225.00")));
    // the rest of the term: April (120.00 + 60.00 for the change) and May to February at 15 seats
    assertThat(q.term().cost()).isEqualTo(usd("1980.00"));
  }

  @Test
  void quote_withCategory_appliesTheCategoryRuleAndKeepsTheCategory() {
    Quoter byCategory = Quoter.builder().pricing(TierPricing.builder("m")
            .rule(RuleScope.global(), Markup.percent("20")).rule(RuleScope.category("Office 365"), Markup.percent("30"))
            .build())
        .costs(CostSource.priceSheet(SHEET)).build();

    Quote q = byCategory.quote(standard("contoso", BillingCycle.MONTHLY, 10).category("Office 365").build());

    assertThat(q.perPeriod()).isEqualTo(new QuoteAmounts(usd("125.00"), usd("162.50")));
    assertThat(q.category()).contains("Office 365");
    assertThat(byCategory.quote(standard("contoso", BillingCycle.MONTHLY, 10).build()).perPeriod().price())
        .isEqualTo(usd("150.00"));
  }
}
