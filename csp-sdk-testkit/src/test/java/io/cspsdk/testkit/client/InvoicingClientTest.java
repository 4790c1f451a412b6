package io.cspsdk.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.invoices.AttributeSet;
import io.cspsdk.core.model.Invoice;
import io.cspsdk.core.model.ReconciliationLineItem;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.core.model.UnbilledPeriod;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class InvoicingClientTest extends ClientFixture {

  private static <T> List<T> all(Iterable<T> it) {
    return StreamSupport.stream(it.spliterator(), false).toList();
  }

  private static List<String> chargeTypes(List<ReconciliationLineItem> items) {
    return items.stream().map(i -> i.chargeType().orElseThrow().value()).collect(Collectors.toList());
  }

  @Test
  void monthEnd_issuesInvoiceWithEngineChargeForNewPurchase() {
    fake.seed().customer("Contoso").subscription(BASIC, 10);
    assertThat(all(pc.invoices().list())).isEmpty();
    clock.set(Instant.parse("2026-02-01T00:00:00Z"));
    List<Invoice> invoices = all(pc.invoices().list());
    assertThat(invoices).hasSize(1);
    Invoice inv = invoices.get(0);
    // Business Basic: 6.00 per seat per month on a one-year term billed monthly; 10 seats bought Jan 5
    assertThat(inv.totalCharges().orElseThrow()).isEqualByComparingTo("60.00");
    List<ReconciliationLineItem> items = all(pc.invoices().billedLineItems(inv.id()));
    assertThat(items).hasSize(1);
    assertThat(items.get(0).chargeType().orElseThrow().value()).isEqualToIgnoringCase("new");
    assertThat(items.get(0).subtotal().orElseThrow()).isEqualByComparingTo("60.00");
    assertThat(items.get(0).invoiceNumber()).contains(inv.id());
    try (InputStream pdf = pc.invoices().statement(inv.id())) {
      assertThat(new String(pdf.readAllBytes())).startsWith("%PDF");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void lifeOfSubscriptions_producesEveryChargeTypeAcrossInvoices() {
    fake.maxPageSize(2);
    var seeder = fake.seed().customer("Contoso").subscription(BASIC, 10).subscription(STANDARD, 3);
    String c = seeder.lastCustomerId();
    String basic = seeder.subscriptionIds().get(0);
    String standard = seeder.subscriptionIds().get(1);
    clock.advance(Duration.ofDays(1));
    pc.subscriptions(c).changeQuantity(basic, 12);       // addQuantity
    clock.advance(Duration.ofDays(1));
    pc.subscriptions(c).changeQuantity(basic, 11);       // removeQuantity within the window
    pc.subscriptions(c).cancel(standard);                // cancelImmediate within 7 days
    // unbilled so far this month
    List<ReconciliationLineItem> unbilled = all(pc.invoices().unbilledLineItems("USD", UnbilledPeriod.CURRENT));
    assertThat(chargeTypes(unbilled)).isNotEmpty();
    clock.set(Instant.parse("2027-02-01T00:00:00Z"));    // through the renewal on 2027-01-05
    List<Invoice> invoices = all(pc.invoices().list());
    assertThat(invoices).hasSize(13);
    List<ReconciliationLineItem> allItems = invoices.stream()
        .flatMap(i -> all(pc.invoices().billedLineItems(i.id())).stream()).toList();
    assertThat(chargeTypes(allItems).stream().map(String::toLowerCase).distinct())
        .contains("new", "addquantity", "removequantity", "cancelimmediate", "cyclecharge", "renew");
    BigDecimal sum = invoices.stream().map(i -> i.totalCharges().orElseThrow()).reduce(BigDecimal.ZERO,
        BigDecimal::add);
    BigDecimal lines = allItems.stream().map(i -> i.subtotal().orElseThrow()).reduce(BigDecimal.ZERO,
        BigDecimal::add);
    assertThat(lines).isEqualByComparingTo(sum);
    assertThat(fake.billingProblems()).isEmpty();
    Subscription renewed = pc.subscriptions(c).get(basic);
    assertThat(renewed.commitmentEndDate().orElseThrow().getYear()).isEqualTo(2028);
  }

  @Test
  void graphExport_billedAndUnbilled_pollsThenReadsBlobs() {
    fake.exportPollsUntilDone(2);
    fake.seed().customer("Contoso").subscription(BASIC, 10).customer("Fabrikam").subscription(STANDARD, 4);
    clock.set(Instant.parse("2026-02-01T00:00:00Z"));
    String invoiceId = all(pc.invoices().list()).get(0).id();
    List<ReconciliationLineItem> v1 = all(pc.invoices().billedLineItems(invoiceId));
    try (Stream<ReconciliationLineItem> v2 = pc.invoices().exportBilled(invoiceId, AttributeSet.FULL)
        .lineItems(Duration.ofMinutes(5))) {
      List<ReconciliationLineItem> exported = v2.toList();
      assertThat(exported).hasSameSizeAs(v1);
      assertThat(exported).extracting(i -> i.subtotal().orElseThrow().stripTrailingZeros())
          .containsExactlyInAnyOrderElementsOf(v1.stream().map(i -> i.subtotal().orElseThrow()
              .stripTrailingZeros()).toList());
    }
    assertThat(sleeps).isNotEmpty();
    clock.advance(Duration.ofDays(5));
    try (Stream<ReconciliationLineItem> unbilled = pc.invoices().exportUnbilled(UnbilledPeriod.CURRENT, "USD",
        AttributeSet.BASIC).lineItems(Duration.ofMinutes(5))) {
      assertThat(unbilled.toList()).isNotEmpty();
    }
  }
}
