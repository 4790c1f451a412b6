package io.cspsdk.sync.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.testkit.FakeClock;
import io.cspsdk.testkit.FakePartnerCenter;
import io.cspsdk.testkit.FakePartnerCenterTest;
import io.cspsdk.testkit.RecordedRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A real second JVM approves a request and dies at a point of the checkout; this one resumes it. */
@FakePartnerCenterTest
class CrashBetweenApprovalAndCheckoutTest {
  private final PartnerCenterClient pc;
  private final FakePartnerCenter fake;
  private final FakeClock clock;
  @TempDir
  Path dir;

  CrashBetweenApprovalAndCheckoutTest(PartnerCenterClient pc, FakePartnerCenter fake, FakeClock clock) {
    this.pc = pc;
    this.fake = fake;
    this.clock = clock;
  }

  @ParameterizedTest
  @ValueSource(strings = {"after-approval", "after-cart", "after-checkout"})
  void resume_afterTheApprovingProcessDied_placesExactlyOneOrder(String crashPoint) throws Exception {
    String customer = fake.seed().customer("Contoso").agreementAccepted().lastCustomerId();
    Path file = dir.resolve("requests");
    DataSource db = ApprovalProcessMain.h2File(file);
    JdbcPurchaseRequestStore.SCHEMA.apply(db);
    Shop shop = new Shop(clock);
    PurchaseApprovals here = PurchaseApprovals.builder(pc, new JdbcPurchaseRequestStore(db))
        .policy(ApprovalPolicy.holdSelfService()).clock(clock).requoter(shop.requoter()).build();
    TrackedRequest held = here.submit(
        shop.purchase("crash-" + crashPoint, customer, Requester.customer("bob"), Shop.STANDARD, 10).build());

    int exit = runChild(file, held.id(), crashPoint);

    assertThat(exit).isEqualTo(ApprovalProcessMain.CRASHED);
    TrackedRequest afterCrash = here.find(held.id()).orElseThrow();
    assertThat(afterCrash.state()).isIn(RequestState.APPROVED, RequestState.EXECUTING);
    assertThat(afterCrash.lastDecision().orElseThrow().decidedBy()).isEqualTo("anna@reseller.example");

    List<TrackedRequest> resumed = here.resume();

    assertThat(resumed).singleElement().satisfies(t -> {
      assertThat(t.state()).isEqualTo(RequestState.COMPLETED);
      assertThat(t.orderIds()).hasSize(1);
    });
    List<String> orders = new ArrayList<>();
    pc.orders(customer).list().forEach(o -> orders.add(o.id()));
    assertThat(orders).containsExactlyElementsOf(resumed.get(0).orderIds());
    assertThat(pc.subscriptions(customer).list().stream().toList()).hasSize(1);
    List<RecordedRequest> checkouts = fake.requests().stream()
        .filter(r -> r.method().equals("POST") && r.path().endsWith("/checkout")).toList();
    assertThat(checkouts).isNotEmpty().allSatisfy(r ->
        assertThat(r.header("MS-RequestId")).isEqualTo(checkouts.get(0).header("MS-RequestId")));
    assertThat(here.resume()).isEmpty();
  }

  private int runChild(Path file, String id, String crashPoint) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        ApprovalProcessMain.class.getName(), fake.endpoint().toString(), file.toString(), id, crashPoint,
        clock.instant().toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child-" + crashPoint + ".log").toFile())
        .start();
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("the child process did not finish");
    }
    return p.exitValue();
  }
}
