package io.cspsdk.samples.month;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.billing.charges.ChargeEngine;
import io.cspsdk.billing.charges.Purchase;
import io.cspsdk.billing.charges.SubscriptionTimeline;
import io.cspsdk.billing.pricing.Markup;
import io.cspsdk.billing.pricing.PricingChain;
import io.cspsdk.billing.pricing.RuleScope;
import io.cspsdk.billing.pricing.TierPricing;
import io.cspsdk.billing.report.BillingCalendar;
import io.cspsdk.billing.report.BillingReport;
import io.cspsdk.billing.report.BillingReportBuilder;
import io.cspsdk.billing.report.CostLine;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.TermDuration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The HTML report parses as XML and holds the table rows and one chart bar per customer, refunds included. */
class HtmlReportTest {
  private static final LocalDate FROM = LocalDate.of(2026, 3, 1);
  private static final LocalDate TO = LocalDate.of(2026, 3, 31);

  private static SubscriptionTimeline timeline(String sub, String customer, LocalDate bought, int seats,
                                               String price) {
    return SubscriptionTimeline.builder().subscriptionId(sub).customerId(customer)
        .purchase(Purchase.builder().purchaseDate(bought).termDuration(TermDuration.P1M)
            .billingCycle(BillingCycle.MONTHLY).quantity(seats).unitPrice(new BigDecimal(price)).currency("USD")
            .productId("CFQ7TTC0LH18").skuId("0001").build())
        .build();
  }

  private static BillingReport report() {
    SubscriptionTimeline big = timeline("s1", "c1", LocalDate.of(2026, 3, 5), 10, "6.00");
    SubscriptionTimeline small = timeline("s2", "c2", LocalDate.of(2026, 3, 10), 2, "6.00");
    SubscriptionTimeline refunded = timeline("s3", "c3", LocalDate.of(2026, 2, 27), 4, "6.00").toBuilder()
        .cancel(LocalDate.of(2026, 3, 2)).build();
    ChargeEngine engine = ChargeEngine.newCommerce();
    Stream<CostLine> lines = Stream.of(big, small, refunded).flatMap(t -> engine.charges(t, FROM, TO).stream())
        .map(l -> CostLine.from(l).toBuilder().productName("Microsoft 365 Business Basic").build());
    return BillingReportBuilder.create(BillingCalendar.billingDay(31), FROM, TO)
        .addAll(lines, PricingChain.of(TierPricing.builder("t").rule(RuleScope.global(), Markup.percent("20"))
            .build()))
        .build();
  }

  @Test
  void render_isWellFormedWithOneBarPerCustomerAndEveryDetailLine() {
    BillingReport report = report();
    Map<String, String> names = Map.of("c1", "Contoso", "c2", "A & B <Co> \"Ltd\"", "c3", "Tailspin Toys");
    Document doc = HtmlDocuments.parse(HtmlReport.render("Customer billing report, 2026-03", report, names));

    assertThat(HtmlDocuments.texts(doc, "//*[local-name()='title']")).first()
        .isEqualTo("Customer billing report, 2026-03");
    // 10 seats at 7.20 = 72.00; 2 seats at 7.20 = 14.40; 4 seats bought in February, cancelled on 2 March: refund
    assertThat(HtmlDocuments.texts(doc, "//*[local-name()='rect'][@class='bar']/@data-customer"))
        .containsExactly("Contoso", "A & B <Co> \"Ltd\"", "Tailspin Toys");
    assertThat(HtmlDocuments.texts(doc, "//*[local-name()='rect'][@class='bar']/@fill"))
        .containsExactly(HtmlReport.BAR, HtmlReport.BAR, HtmlReport.REFUND_BAR);
    assertThat(HtmlDocuments.texts(doc, "//*[local-name()='rect'][@class='bar']/*[local-name()='title']"))
        .startsWith("Contoso: 72.00", "A & B <Co> \"Ltd\": 14.40");
    List<String> totals = HtmlDocuments.texts(doc, "//*[local-name()='tr'][@class='customer-total']");
    assertThat(totals).hasSize(3);
    assertThat(totals.get(0)).isEqualTo("Contoso60.0072.0012.0016.7");

    long lines = report.cycles().stream().flatMap(c -> c.subscriptions().stream()).mapToLong(s -> s.lines().size())
        .sum();
    assertThat(HtmlDocuments.texts(doc, "//*[local-name()='tr'][@class='line']")).hasSize((int) lines);
    assertThat(HtmlDocuments.texts(doc, "//*[local-name()='tr'][@class='line']/*[2]")).contains("new",
        "cancelImmediate");
    assertThat(HtmlDocuments.texts(doc, "//*[local-name()='tr'][@class='customer']/*[2]"))
        .as("customers of the detail table, by name").containsExactly("A & B <Co> \"Ltd\"", "Contoso", "Tailspin Toys");
    assertThat(HtmlDocuments.texts(doc, "//*[local-name()='tr'][@class='total']/*[6]"))
        .contains(ReportTable.money(report.amount()));
  }

  @Test
  void render_isSelfContained() {
    String html = HtmlReport.render("r", report(), Map.of());
    assertThat(html).doesNotContain("<script", "<link", "src=", "url(", "@import");
    assertThat(html).contains("<svg xmlns=\"http://www.w3.org/2000/svg\"");
  }
}
