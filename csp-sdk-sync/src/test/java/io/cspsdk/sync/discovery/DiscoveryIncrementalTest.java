package io.cspsdk.sync.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.model.Address;
import io.cspsdk.core.model.BillingProfile;
import io.cspsdk.core.model.CompanyProfile;
import io.cspsdk.core.model.NewCustomer;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.core.model.User;
import io.cspsdk.sync.job.RunRecord;
import io.cspsdk.sync.job.RunState;
import io.cspsdk.sync.store.InMemoryJobStore;
import io.cspsdk.sync.testing.Mirror;
import io.cspsdk.sync.testing.Partner;
import io.cspsdk.sync.testing.RecordingSink;
import io.cspsdk.sync.testing.Snapshot;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DiscoveryIncrementalTest {
  private final Partner partner = Partner.withoutInvoices(20, 3);
  private final DataSource ds = Mirror.h2();
  private final RecordingSink sink = new RecordingSink(new JdbcMirrorSink(ds, partner.clock));
  private final InMemoryJobStore store = new InMemoryJobStore();

  @AfterEach
  void close() {
    partner.close();
  }

  private Discovery discovery(VerificationSweep sweep) {
    return Discovery.builder().client(partner.client).partnerId("p").store(store).sink(sink).concurrency(4)
        .clock(partner.clock).verificationSweep(sweep).build();
  }

  private static Set<String> changes(RecordingSink sink) {
    return sink.items().stream().filter(i -> i.change() != Change.UNCHANGED)
        .map(i -> i.change() + " " + i.qualifiedKey()).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void run_afterChangesOnPartnerCenter_reportsExactlyThoseChangesAndTheMirrorMatches() {
    partner.clock.advance(Duration.ofDays(3)); // the seeding's audit records are older than the overlap day
    Discovery discovery = discovery(VerificationSweep.none());
    assertThat(discovery.run().state()).isEqualTo(RunState.COMPLETED);
    sink.clear();
    String a = partner.customerIds.get(1);
    String b = partner.customerIds.get(2);
    String c = partner.customerIds.get(5);
    partner.clock.advance(Duration.ofDays(1));
    Subscription more = partner.client.subscriptions(a).list().stream()
        .filter(s -> s.parentSubscriptionId().isEmpty()).findFirst().orElseThrow();
    partner.client.subscriptions(a).changeQuantity(more.id(), more.quantity() + 3);
    Subscription cancelled = partner.client.subscriptions(b).list().stream()
        .filter(s -> s.parentSubscriptionId().isEmpty()).findFirst().orElseThrow();
    partner.client.subscriptions(b).cancel(cancelled.id());
    User deleted = partner.client.users(c).list().stream()
        .filter(u -> u.userPrincipalName().startsWith("alex@")).findFirst().orElseThrow();
    partner.client.users(c).delete(deleted.id());
    User bea = partner.client.users(c).list().stream()
        .filter(u -> u.userPrincipalName().startsWith("bea@")).findFirst().orElseThrow();
    partner.client.licenses(c).remove(bea.id(), Partner.BASIC_SKU);
    String created = partner.client.customers().create(NewCustomer.builder()
        .companyProfile(CompanyProfile.builder().domain("newco.onmicrosoft.com").build())
        .billingProfile(BillingProfile.builder().companyName("NewCo").email("ap@newco.example").culture("en-US")
            .language("en").firstName("Ada").lastName("Lovelace")
            .defaultAddress(Address.builder().country("US").city("Redmond").state("WA").addressLine1("1 Main St")
                .postalCode("98052").build()).build()).build()).id();
    partner.clock.advance(Duration.ofDays(30)); // the month closes: a new invoice

    RunRecord second = discovery.run();

    assertThat(second.state()).isEqualTo(RunState.COMPLETED);
    assertThat(second.attributes()).containsEntry("mode", "INCREMENTAL");
    String addOn = partner.client.subscriptions(b).list().stream()
        .filter(s -> s.parentSubscriptionId().equals(java.util.Optional.of(cancelled.id()))).findFirst()
        .orElseThrow().id();
    List<String> invoices = partner.client.invoices().list().stream().map(i -> i.id()).toList();
    assertThat(invoices).hasSize(1);
    Set<String> changes = changes(sink);
    changes.removeIf(ch -> ch.contains("invoice_line_item:"));
    String deletedId = deleted.id();
    String beaId = bea.id();
    assertThat(changes).containsExactlyInAnyOrder(
        "CREATED customer:" + created,
        "UPDATED subscription:" + more.id(),                      // quantity + 3
        "UPDATED subscription:" + cancelled.id(),                 // cancelled
        "UPDATED subscription:" + addOn,                          // cancelled with its base
        "REMOVED user:" + deletedId,
        "REMOVED license:" + deletedId + "/" + Partner.BASIC_SKU,
        "REMOVED license:" + beaId + "/" + Partner.BASIC_SKU,
        "UPDATED subscribed_sku:" + a + "/" + Partner.BASIC_SKU,  // more seats
        "UPDATED subscribed_sku:" + b + "/" + Partner.BASIC_SKU,  // no seats left
        "UPDATED subscribed_sku:" + b + "/" + Partner.DEFENDER_SKU,
        "UPDATED subscribed_sku:" + c + "/" + Partner.BASIC_SKU,  // fewer consumed
        "CREATED invoice:" + invoices.get(0));
    assertThat(sink.items()).filteredOn(i -> i.kind() == ItemKind.INVOICE_LINE_ITEM).isNotEmpty()
        .allMatch(i -> i.change() == Change.CREATED);
    assertThat(Snapshot.ofMirror(ds, true)).isEqualTo(Snapshot.ofPartnerCenter(partner.client, true));
    assertThat(Snapshot.count(ds, "SELECT COUNT(*) FROM pc_user WHERE removed = TRUE AND removed_in_run = '"
        + second.runId() + "'")).isEqualTo(1);
    // only the audited and new customers were read again (no sweep)
    long usersReads = partner.fake.requests().stream()
        .filter(r -> r.method().equals("GET") && r.path().matches("/v1/customers/[^/]+/users")).count();
    assertThat(usersReads).isLessThanOrEqualTo(20 + 4);
  }

  @Test
  void run_withSweepEveryRun_readsEveryCustomerAgainAndReportsThemUnchanged() {
    Discovery discovery = discovery(VerificationSweep.everyRun());
    discovery.run();
    sink.clear();
    partner.fake.clearRequests();

    RunRecord second = discovery.run();

    assertThat(second.attributes()).containsEntry("mode", "INCREMENTAL");
    assertThat(sink.items()).filteredOn(i -> i.kind() == ItemKind.CUSTOMER).hasSize(20)
        .allMatch(i -> i.change() == Change.UNCHANGED);
    assertThat(changes(sink)).isEmpty();
    assertThat(Snapshot.count(ds, "SELECT COUNT(*) FROM pc_customer WHERE last_seen_run = '" + second.runId() + "'"))
        .isEqualTo(20);
  }

  @Test
  void run_renewalNotInTheAuditLog_isFoundOnlyByTheVerificationSweep() {
    String monthly = partner.fake.seed().customer("Monthly", "monthly.onmicrosoft.com")
        .subscription(Partner.BASIC, 4, "P1M", "monthly").lastSubscriptionId();
    partner.clock.advance(Duration.ofDays(3));
    discovery(VerificationSweep.none()).run();
    partner.clock.advance(Duration.ofDays(35)); // renews at term end: Microsoft's change, not audited
    sink.clear();

    discovery(VerificationSweep.none()).run();
    Set<String> withoutSweep = changes(sink);
    sink.clear();
    discovery(VerificationSweep.everyRun()).run();

    assertThat(withoutSweep).doesNotContain("UPDATED subscription:" + monthly);
    assertThat(changes(sink)).contains("UPDATED subscription:" + monthly);
    assertThat(Snapshot.ofMirror(ds, true)).isEqualTo(Snapshot.ofPartnerCenter(partner.client, true));
  }

  @Test
  void run_withoutSweepAndWithoutChanges_readsNoCustomerAgain() {
    Discovery discovery = discovery(VerificationSweep.none());
    discovery.run();
    sink.clear();

    RunRecord second = discovery.run();

    assertThat(second.state()).isEqualTo(RunState.COMPLETED);
    assertThat(sink.items()).isEmpty();
  }

  @Test
  void run_watermarkOlderThanTheAuditWindow_fallsBackToAFullImport() {
    Discovery discovery = discovery(VerificationSweep.none());
    discovery.run();
    partner.clock.advance(Duration.ofDays(100));

    RunRecord second = discovery.run();

    assertThat(second.attributes()).containsEntry("mode", "FULL").containsKey("fullImportReason");
    assertThat(discovery.history()).hasSize(2);
    assertThat(Snapshot.ofMirror(ds, true)).isEqualTo(Snapshot.ofPartnerCenter(partner.client, true));
  }
}
