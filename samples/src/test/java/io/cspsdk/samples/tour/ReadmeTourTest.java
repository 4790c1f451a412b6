package io.cspsdk.samples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.billing.pricing.Markup;
import io.cspsdk.billing.pricing.PricingChain;
import io.cspsdk.billing.pricing.RuleScope;
import io.cspsdk.billing.pricing.TierPricing;
import io.cspsdk.billing.report.BillingCalendar;
import io.cspsdk.billing.report.BillingReport;
import io.cspsdk.billing.report.BillingReportBuilder;
import io.cspsdk.billing.report.BillingReportCsv;
import io.cspsdk.billing.report.CostLine;
import io.cspsdk.billing.report.ReportView;
import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.auth.PartnerCredentials;
import io.cspsdk.core.error.SeatDecreaseRefusedException;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.Cart;
import io.cspsdk.core.model.CartLineItem;
import io.cspsdk.core.model.Customer;
import io.cspsdk.core.model.NewCart;
import io.cspsdk.core.model.Order;
import io.cspsdk.core.model.ReconciliationLineItem;
import io.cspsdk.core.model.TermDuration;
import io.cspsdk.sync.discovery.Discovery;
import io.cspsdk.sync.discovery.JdbcMirrorSink;
import io.cspsdk.sync.job.RunRecord;
import io.cspsdk.sync.job.RunState;
import io.cspsdk.sync.store.JdbcJobStore;
import io.cspsdk.sync.users.ApplyResult;
import io.cspsdk.sync.users.JdbcUserDirectory;
import io.cspsdk.sync.users.JdbcUserLinkStore;
import io.cspsdk.sync.users.Password;
import io.cspsdk.sync.users.StepKind;
import io.cspsdk.sync.users.SyncPlan;
import io.cspsdk.sync.users.UserSync;
import io.cspsdk.testkit.FakeClock;
import io.cspsdk.testkit.FakePartnerCenter;
import io.cspsdk.testkit.FakePartnerCenterTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The root README's five-minute tour, snippet by snippet, run against the fake Partner Center; and a check that
 * every line of the tour's code blocks appears here (or in {@link TourRenewalTest}) in the same order.
 */
@FakePartnerCenterTest
class ReadmeTourTest {
  private final PartnerCenterClient pc;
  private final FakePartnerCenter fake;
  private final FakeClock clock;

  ReadmeTourTest(PartnerCenterClient pc, FakePartnerCenter fake, FakeClock clock) {
    this.pc = pc;
    this.fake = fake;
    this.clock = clock;
  }

  /** Tour 1: a client of the real Partner Center (nothing is sent until it is used). */
  static PartnerCenterClient buildAClient(String tenantId, String clientId, String clientSecret) {
    PartnerCenterClient pc = PartnerCenterClient.builder()
        .credential(PartnerCredentials.appOnly(tenantId, clientId, clientSecret))
        .build();
    return pc;
  }

  @Test
  void tour_buildAClient_buildsWithoutCallingAnything() {
    try (PartnerCenterClient real = buildAClient("partner.onmicrosoft.com", "11111111-2222-3333-4444-555555555555",
        "secret")) {
      assertThat(real).isNotNull();
    }
  }

  @Test
  void tour_everyStepAgainstTheFake(@TempDir Path dir) throws IOException {
    String customerId = fake.seed().customer("Contoso").agreementAccepted().users(3).lastCustomerId();

    // Tour 2: list customers
    List<String> names = new ArrayList<>();
    for (Customer c : pc.customers().list()) {
      names.add(c.companyProfile().flatMap(p -> p.companyName()).orElse("?"));
    }
    assertThat(names).containsExactly("Contoso");

    // Tour 3: buy
    Cart cart = pc.carts(customerId).create(NewCart.builder().addLineItems(CartLineItem.builder()
        .catalogItemId("CFQ7TTC0LCHC:0002:CFQ7TTC0KDLV").quantity(10)
        .termDuration(TermDuration.P1Y).billingCycle(BillingCycle.MONTHLY).build()).build());
    Order order = pc.carts(customerId).checkout(cart.id()).orders().get(0);
    String subscriptionId = order.lineItems().get(0).subscriptionId().orElseThrow();
    assertThat(pc.subscriptions(customerId).get(subscriptionId).quantity()).isEqualTo(10);

    // Tour 4: change seats
    pc.subscriptions(customerId).changeQuantity(subscriptionId, 15);
    clock.advance(Duration.ofDays(8));   // on the fake: past the seven days
    String refused = null;
    try {
      pc.subscriptions(customerId).changeQuantity(subscriptionId, 5);
    } catch (SeatDecreaseRefusedException e) {
      refused = e.errorCode().orElse("") + ": " + e.rule();   // 800090: only seats added in the last 7 days ...
    }
    assertThat(refused).startsWith("800090: ");
    assertThat(pc.subscriptions(customerId).get(subscriptionId).quantity()).isEqualTo(15);

    // Tour 5: discovery into a database
    DataSource dataSource = h2();
    JdbcJobStore.SCHEMA.apply(dataSource);
    JdbcMirrorSink.SCHEMA.apply(dataSource);
    RunRecord run = Discovery.builder().client(pc).partnerId("my-partner")
        .store(new JdbcJobStore(dataSource)).sink(new JdbcMirrorSink(dataSource))
        .build().run();
    assertThat(run.state()).isEqualTo(RunState.COMPLETED);

    // Tour 6: users
    JdbcUserDirectory.SCHEMA.apply(dataSource);
    UserSync sync = UserSync.builder(pc, new JdbcUserDirectory(dataSource, Clock.systemUTC()))
        .links(new JdbcUserLinkStore(dataSource))
        .passwordDelivery((customer, upn, side, password) -> welcomeMail(upn, password))
        .build();
    SyncPlan plan = sync.plan(customerId);
    String dryRun = plan.toText();                    // what it would change and why; toJson() for a UI
    ApplyResult result = sync.apply(plan);
    assertThat(dryRun).contains("link users", "user001@contoso.onmicrosoft.com");
    assertThat(plan.count(StepKind.LINK_USERS)).isEqualTo(3);
    assertThat(result.allSucceeded()).isTrue();

    // Tour 7: a billing report
    clock.advance(Duration.ofDays(30));                 // on the fake: the month ends, the invoice is issued
    String invoiceId = pc.invoices().list().iterator().next().id();
    LocalDate from = LocalDate.of(2026, 1, 1);
    LocalDate to = LocalDate.of(2026, 1, 31);
    Path reportFile = dir.resolve("report.csv");
    PricingChain prices = PricingChain.of(TierPricing.builder("customers")
        .rule(RuleScope.global(), Markup.percent("20")).build());
    try (Stream<ReconciliationLineItem> lines = pc.invoices().billedLineItems(invoiceId).stream()) {
      BillingReport report = BillingReportBuilder.create(BillingCalendar.billingDay(31), from, to)
          .addAll(lines.map(CostLine::from), prices).build();
      Files.writeString(reportFile, BillingReportCsv.toCsv(report, ReportView.RESELLER));
    }
    // 10 seats of Business Standard at 12.50 from 5 January, 5 more from the same day: all in January
    assertThat(Files.readString(reportFile)).contains("report,,2026-01-01,2026-01-31");
  }

  /** Where a real product would send a new user's first password. */
  private static void welcomeMail(String userPrincipalName, Password password) {
    assertThat(password.toString()).doesNotContain(password.reveal());
  }

  private static DataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:tour-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  @Test
  void readme_tourBlocks_appearLineByLineInTheseSources() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("## A five-minute tour");
    assertThat(start).as("the README has its tour").isPositive();
    int end = readme.indexOf("\n## ", start + 5);
    String tour = readme.substring(start, end < 0 ? readme.length() : end);
    List<String> source = new ArrayList<>();
    for (String file : List.of("ReadmeTourTest.java", "TourRenewalTest.java")) {
      Files.readAllLines(Path.of("src/test/java/io/cspsdk/samples/tour", file)).forEach(l -> source.add(l.strip()));
    }
    int blocks = 0;
    for (String block : tour.split("```java\n")) {
      if (blocks++ == 0) {
        continue;
      }
      int at = 0;
      for (String line : block.substring(0, block.indexOf("```")).split("\n")) {
        String wanted = line.strip();
        if (wanted.isEmpty() || wanted.startsWith("//")) {
          continue;
        }
        int found = -1;
        for (int i = at; i < source.size(); i++) {
          if (source.get(i).equals(wanted)) {
            found = i;
            break;
          }
        }
        assertThat(found).as("README tour line not in the tour's sources (in order): %s", wanted).isNotNegative();
        at = found + 1;
      }
    }
    assertThat(blocks - 1).as("java blocks in the tour").isGreaterThanOrEqualTo(8);
  }
}
