package io.cspsdk.samples.sink;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.sync.discovery.Discovery;
import io.cspsdk.sync.discovery.ItemKind;
import io.cspsdk.sync.discovery.VerificationSweep;
import io.cspsdk.sync.job.RunRecord;
import io.cspsdk.sync.store.FileJobStore;
import io.cspsdk.testkit.FakeClock;
import io.cspsdk.testkit.FakePartnerCenter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Discovery wired to a sink of the consumer's own ({@link JsonLinesSink}): a full import of a seeded partner into
 * JSON-lines files, then, after a user is deleted on Partner Center, an incremental run that re-delivers what it
 * reads (harmless: the sink replaces lines by key) and marks the user removed.
 */
public final class DiscoveryToJsonLines {
  static final String BUSINESS_BASIC = "CFQ7TTC0LH18:0001";
  static final String BUSINESS_STANDARD = "CFQ7TTC0LCHC:0002";
  static final String BUSINESS_BASIC_SKU = "3b555118-da6a-4418-894f-7df1e2096870";

  private DiscoveryToJsonLines() {}

  /** @param args the directory to write to (default: a new temporary directory) */
  public static void main(String[] args) throws IOException {
    Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("csp-discovery-");
    run(dir, System.out);
  }

  static Map<ItemKind, Integer> run(Path dir, PrintStream out) {
    FakeClock clock = FakeClock.atDefaultStart();
    try (FakePartnerCenter fake = FakePartnerCenter.builder().clock(clock).build().start()) {
      var seed = fake.seed()
          .customer("Contoso", "contoso.onmicrosoft.com").subscription(BUSINESS_BASIC, 10).users(4)
          .customer("Fabrikam", "fabrikam.onmicrosoft.com").subscription(BUSINESS_STANDARD, 5).users(2)
          .customer("Tailspin Toys", "tailspin.onmicrosoft.com").subscription(BUSINESS_BASIC, 3, "P1M", "monthly");
      String tailspin = seed.lastCustomerId();
      seed.user("ops@tailspin.onmicrosoft.com", BUSINESS_BASIC_SKU);
      PartnerCenterClient pc = fake.client();
      JsonLinesSink sink = new JsonLinesSink(dir.resolve("mirror"));
      Discovery discovery = Discovery.builder()
          .client(pc)
          .partnerId("sample-partner")
          .store(new FileJobStore(dir.resolve("job"), clock)) // checkpoints survive the process, as the files do
          .sink(sink)
          .concurrency(4)
          .verificationSweep(VerificationSweep.everyRun())
          .clock(clock)
          .build();

      RunRecord first = discovery.run();
      out.println("Full import " + first.state() + " into " + dir.resolve("mirror"));
      print(sink, out);

      String ops = pc.users(tailspin).list().stream()
          .filter(u -> u.userPrincipalName().startsWith("ops@")).findFirst().orElseThrow().id();
      pc.users(tailspin).delete(ops);
      clock.advance(Duration.ofDays(1));
      RunRecord second = discovery.run();
      out.println("Incremental run " + second.state() + " (" + second.attributes().get("mode") + "): "
          + second.counters().total().seen() + " items delivered again; kept as removed: "
          + String.join(", ", sink.removed()));
      print(sink, out);
      return sink.counts();
    }
  }

  private static void print(JsonLinesSink sink, PrintStream out) {
    sink.counts().forEach((kind, n) -> out.printf("  %-18s %3d  %s%n", kind.key(), n, sink.file(kind).getFileName()));
  }
}
