package io.cspsdk.samples.twotier;

import io.cspsdk.billing.distributor.AttributedLine;
import io.cspsdk.billing.distributor.DistributorLedger;
import io.cspsdk.billing.distributor.ResellerInvoice;
import io.cspsdk.billing.distributor.ResellerInvoiceCsv;
import io.cspsdk.billing.distributor.ResellerPricing;
import io.cspsdk.billing.pricing.Markup;
import io.cspsdk.billing.pricing.RuleScope;
import io.cspsdk.billing.pricing.TierPricing;
import io.cspsdk.billing.report.BillingCalendar;
import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.invoices.AttributeSet;
import io.cspsdk.core.model.ReconciliationLineItem;
import io.cspsdk.sync.twotier.AccountState;
import io.cspsdk.sync.twotier.ApplyResult;
import io.cspsdk.sync.twotier.AttributionCheck;
import io.cspsdk.sync.twotier.AttributionReport;
import io.cspsdk.sync.twotier.EventKind;
import io.cspsdk.sync.twotier.InMemoryMirrorStore;
import io.cspsdk.sync.twotier.MirrorAttribution;
import io.cspsdk.sync.twotier.MirrorEvent;
import io.cspsdk.sync.twotier.MirrorStatus;
import io.cspsdk.sync.twotier.PushedEvents;
import io.cspsdk.sync.twotier.SubscriptionState;
import io.cspsdk.sync.twotier.TwoTierMirror;
import io.cspsdk.testkit.FakeClock;
import io.cspsdk.testkit.FakePartnerCenter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A distributor's month in two-tier: two resellers' systems push their accounts and subscriptions (out of order,
 * some twice, one late and stale); the distributor mirrors them, checks Partner Center's attribution against the
 * mirror, and when Microsoft issues January's invoice bills each reseller at its tier's markup, per end customer.
 *
 * <p>Partner Center is the fake, with the distributor as indirect provider: Cloud Resell (MPN 5100001, gold tier:
 * +10 %) sells through its lite reseller Cloud Lite to Xylo and directly to Zenith; Northwind Partners (MPN
 * 5100002, silver tier: +15 %) sells to Wexford. Direct Co is the distributor's own customer, on no reseller's
 * invoice.
 */
public final class DistributorInvoicing {
  static final String BUSINESS_BASIC = "CFQ7TTC0LH18:0001";       // 6.00 a seat a month
  static final String BUSINESS_STANDARD = "CFQ7TTC0LCHC:0002";    // 12.50
  static final String EXCHANGE_PLAN_1 = "CFQ7TTC0LHSF:0001";      // 4.00

  private DistributorInvoicing() {}

  /** @param args the directory for the invoices' CSV files (default: a new temporary directory) */
  public static void main(String[] args) throws IOException {
    Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("csp-distributor-");
    FakeClock clock = FakeClock.atDefaultStart();                 // 2026-01-05T09:00:00Z
    try (FakePartnerCenter fake = FakePartnerCenter.builder().clock(clock).build().start()) {
      run(fake, clock, dir, System.out);
    }
  }

  /** What the month produced, for tests. */
  record Month(List<ApplyResult> applied, TwoTierMirror mirror, AttributionReport attribution,
               List<ResellerInvoice> invoices, int unattributedLines, List<Path> csvFiles) {}

  static Month run(FakePartnerCenter fake, FakeClock clock, Path dir, PrintStream out) {
    // Partner Center: what Microsoft knows (and will bill the distributor for)
    var seed = fake.seed().indirectReseller("Cloud Resell", "5100001", "US");
    String cloudResellTenant = seed.lastResellerId();
    String xylo = seed.customer("Xylo", "xylo.onmicrosoft.com").soldThrough("5100001")
        .subscription(BUSINESS_BASIC, 10).lastCustomerId();
    String xyloBasic = seed.lastSubscriptionId();
    String zenith = seed.customer("Zenith", "zenith.onmicrosoft.com").soldThrough("5100001")
        .subscription(BUSINESS_STANDARD, 4).lastCustomerId();
    String zenithStandard = seed.lastSubscriptionId();
    seed.indirectReseller("Northwind Partners", "5100002", "US");
    String northwindTenant = seed.lastResellerId();
    String wexford = seed.customer("Wexford", "wexford.onmicrosoft.com").soldThrough("5100002")
        .subscription(BUSINESS_BASIC, 5).lastCustomerId();
    String wexfordBasic = seed.lastSubscriptionId();
    seed.subscription(EXCHANGE_PLAN_1, 4);
    String wexfordExchange = seed.lastSubscriptionId();
    seed.customer("Direct Co", "directco.onmicrosoft.com").subscription(BUSINESS_BASIC, 7);

    // the resellers' own systems push events in their ids, as their webhooks deliver them
    Instant t = clock.instant();
    PushedEvents cloudResell = new PushedEvents("cloud-resell", () -> {
      throw new UnsupportedOperationException("this month needs no re-sync");
    });
    cloudResell.push(MirrorEvent.subscription(EventKind.QUANTITY_CHANGED, "cr-sub-x", 2, t,
        sub("cr-x", "Microsoft 365 Business Basic", 10, xyloBasic)));               // before its account
    cloudResell.push(MirrorEvent.account("cr", 1, t, AccountState.reseller("distributor", "Cloud Resell",
        "ACC-100", "billing@cloudresell.example", cloudResellTenant, "5100001")));
    cloudResell.push(MirrorEvent.account("cr-lite", 1, t, AccountState.liteReseller("cr", "Cloud Lite",
        "ACC-110", "ops@cloudlite.example")));
    cloudResell.push(MirrorEvent.account("cr-x", 1, t, AccountState.endCustomer("cr-lite", "Xylo", "ACC-111",
        "it@xylo.example", xylo)));
    cloudResell.push(MirrorEvent.account("cr-z", 1, t, AccountState.endCustomer("cr", "Zenith", "ACC-101",
        "it@zenith.example", zenith)));
    cloudResell.push(MirrorEvent.subscription(EventKind.CREATED, "cr-sub-x", 1, t,
        sub("cr-x", "Microsoft 365 Business Basic", 8, xyloBasic)));                // late: older than version 2
    cloudResell.push(MirrorEvent.subscription(EventKind.CREATED, "cr-sub-z", 1, t,
        sub("cr-z", "Microsoft 365 Business Standard", 4, zenithStandard)));
    cloudResell.push(MirrorEvent.subscription(EventKind.CREATED, "cr-sub-z", 1, t,
        sub("cr-z", "Microsoft 365 Business Standard", 4, zenithStandard)));        // delivered twice
    PushedEvents northwind = new PushedEvents("northwind", () -> {
      throw new UnsupportedOperationException("this month needs no re-sync");
    });
    northwind.push(MirrorEvent.account("nw", 1, t, AccountState.reseller("distributor", "Northwind Partners",
        "ACC-200", "billing@northwind.example", northwindTenant, "5100002")));
    northwind.push(MirrorEvent.account("nw-w", 1, t, AccountState.endCustomer("nw", "Wexford", "ACC-201",
        "it@wexford.example", wexford)));
    northwind.push(MirrorEvent.subscription(EventKind.CREATED, "nw-sub-basic", 1, t,
        sub("nw-w", "Microsoft 365 Business Basic", 5, wexfordBasic)));
    northwind.push(MirrorEvent.subscription(EventKind.CREATED, "nw-sub-exchange", 1, t,
        sub("nw-w", "Exchange Online (Plan 1)", 4, wexfordExchange)));

    TwoTierMirror mirror = new TwoTierMirror("distributor", new InMemoryMirrorStore(), clock);
    List<ApplyResult> applied = new ArrayList<>(mirror.pull(cloudResell));
    applied.addAll(mirror.pull(northwind));
    out.println("Mirrored " + applied.size() + " pushed events:");
    for (ApplyResult r : applied) {
      out.printf("  %-9s %-16s %-16s v%d%n", r.outcome(), r.kind(), r.sourceId(), r.version());
    }
    out.println("  Xylo's path: " + String.join(" > ", mirror.hierarchy().path("cr-x")));

    PartnerCenterClient pc = fake.client();
    AttributionReport attribution = new AttributionCheck(mirror).run(pc);
    out.println("Attribution: " + attribution.subscriptionsCompared() + " Partner Center subscriptions compared, "
        + attribution.mismatches().size() + " mismatches");

    clock.set(Instant.parse("2026-02-01T00:00:00Z"));             // Microsoft issues January's invoice
    String invoiceId = pc.invoices().list().stream().findFirst().orElseThrow().id();
    DistributorLedger ledger = new DistributorLedger(BillingCalendar.billingDay(31), ResellerPricing.builder()
        .tier("gold", TierPricing.builder("gold").rule(RuleScope.global(), Markup.percent("10")).build())
        .tier("silver", TierPricing.builder("silver").rule(RuleScope.global(), Markup.percent("15")).build())
        .assign("cr", "gold").assign("nw", "silver").build());
    MirrorAttribution lines = new MirrorAttribution(mirror);
    int unattributed = 0;
    try (Stream<ReconciliationLineItem> items = pc.invoices().exportBilled(invoiceId, AttributeSet.FULL)
        .lineItems(Duration.ofMinutes(5))) {
      for (Iterator<ReconciliationLineItem> it = items.iterator(); it.hasNext(); ) {
        Optional<AttributedLine> line = lines.attribute(it.next());
        if (line.isPresent()) {
          ledger.record(line.get());
        } else {
          unattributed++;                                          // the distributor's own customers
        }
      }
    }
    List<ResellerInvoice> invoices = ledger.close(ledger.periodOf(LocalDate.of(2026, 1, 5)));
    List<Path> csvFiles = new ArrayList<>();
    out.println("January's invoices (" + unattributed + " line of the distributor's own customers left out):");
    for (ResellerInvoice invoice : invoices) {
      String name = mirror.account(invoice.resellerId()).map(a -> a.state().name()).orElse(invoice.resellerId());
      out.printf("  %s: cost %s, total %s %s%n", name, invoice.charges().cost(), invoice.total(),
          invoice.currency());
      for (ResellerInvoice.GroupTotal g : invoice.groups()) {
        out.printf("    %-24s %-10s %10s%n", g.liteResellerId().map(l -> "via " + l).orElse("direct"),
            g.endCustomerId(), g.total());
      }
      csvFiles.add(write(dir.resolve("invoice-" + invoice.resellerId() + "-2026-01.csv"),
          ResellerInvoiceCsv.toCsv(invoice)));
    }
    out.println("CSV written to " + dir);
    return new Month(applied, mirror, attribution, invoices, unattributed, csvFiles);
  }

  private static SubscriptionState sub(String account, String product, int seats, String partnerCenterId) {
    return new SubscriptionState(account, MirrorStatus.ACTIVE, LocalDate.of(2026, 1, 5), LocalDate.of(2027, 1, 4),
        LocalDate.of(2026, 1, 5), true, product, "monthly", seats, Map.of(), Optional.empty(),
        Optional.of(partnerCenterId));
  }

  private static Path write(Path file, String csv) {
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, csv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
