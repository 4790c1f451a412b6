package io.cspsdk.samples.usersync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.model.User;
import io.cspsdk.sync.users.DirectoryUser;
import io.cspsdk.sync.users.StepKind;
import io.cspsdk.sync.users.StepOutcome;
import io.cspsdk.sync.users.SyncSide;
import io.cspsdk.sync.users.SyncStep;
import io.cspsdk.testkit.FakeClock;
import io.cspsdk.testkit.FakePartnerCenter;
import io.cspsdk.testkit.FakePartnerCenterTest;
import io.cspsdk.testkit.RecordedRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The user-sync sample against the fake Partner Center: a dry run that changes nothing, then the apply. */
@FakePartnerCenterTest
class UserSyncDryRunTest {
  static final String DOMAIN = "@contoso.onmicrosoft.com";

  @Test
  void run_plansWithoutWriting_thenAppliesExactlyThePlan(FakePartnerCenter fake, FakeClock clock,
      PartnerCenterClient pc) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<RecordedRequest> beforeApply = new ArrayList<>();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8) {
      @Override
      public void println(String line) {
        if (line.startsWith("== Apply")) {
          beforeApply.addAll(fake.requests());
        }
        super.println(line);
      }
    };

    UserSyncDryRun.Outcome outcome = UserSyncDryRun.run(fake, clock, out);

    // the dry run only read
    assertThat(beforeApply).isNotEmpty().allSatisfy(r -> assertThat(r.method()).isEqualTo("GET"));
    assertThat(outcome.plan().steps()).extracting(SyncStep::kind, SyncStep::side, SyncStep::userPrincipalName)
        .containsExactlyInAnyOrder(
            tuple(StepKind.CREATE_USER, SyncSide.PARTNER_CENTER, "adele" + DOMAIN),
            tuple(StepKind.CREATE_USER, SyncSide.PARTNER_CENTER, "alex" + DOMAIN),
            tuple(StepKind.CREATE_USER, SyncSide.DIRECTORY, "megan" + DOMAIN),
            tuple(StepKind.LINK_USERS, SyncSide.DIRECTORY, "lee" + DOMAIN),
            tuple(StepKind.UPDATE_USER, SyncSide.DIRECTORY, "lee" + DOMAIN),
            tuple(StepKind.ASSIGN_LICENCES, SyncSide.PARTNER_CENTER, "adele" + DOMAIN),
            tuple(StepKind.ASSIGN_LICENCES, SyncSide.DIRECTORY, "megan" + DOMAIN));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text).contains(outcome.plan().toText(), outcome.plan().toJson(),
        "usage location US from the configured default");
    JsonNode json = new ObjectMapper().readTree(outcome.plan().toJson());
    assertThat(json.path("steps")).hasSize(outcome.plan().steps().size());

    // the apply did the plan, and nothing is left to do
    assertThat(outcome.applied().outcomes()).allSatisfy(o ->
        assertThat(o.status()).as(o.toString()).isEqualTo(StepOutcome.Status.APPLIED));
    assertThat(outcome.after().isEmpty()).isTrue();
    String customer = outcome.customerId();
    assertThat(pc.users(customer).list().stream().map(u -> u.userPrincipalName()))
        .containsExactlyInAnyOrder("adele" + DOMAIN, "alex" + DOMAIN, "megan" + DOMAIN, "lee" + DOMAIN);
    User adele = pc.users(customer).list().stream()
        .filter(u -> u.userPrincipalName().equals("adele" + DOMAIN)).findFirst().orElseThrow();
    assertThat(pc.licenses(customer).userLicenses(adele.id()).stream()
        .map(l -> l.productSku().flatMap(p -> p.id()).orElseThrow())).containsExactly(UserSyncDryRun.BUSINESS_BASIC_SKU);
    DirectoryUser megan = outcome.directory().byUserPrincipalName(customer, "megan" + DOMAIN).orElseThrow();
    assertThat(megan.licences()).containsExactly(UserSyncDryRun.BUSINESS_BASIC_SKU);
    // conflicts: Partner Center wins by default, so the directory's Lee takes Partner Center's name
    User lee = pc.users(customer).list().stream()
        .filter(u -> u.userPrincipalName().equals("lee" + DOMAIN)).findFirst().orElseThrow();
    assertThat(outcome.directory().byUserPrincipalName(customer, "lee" + DOMAIN).orElseThrow().displayName())
        .isEqualTo(lee.displayName().orElseThrow()).isNotEqualTo("Lee Gu");
    // passwords go to the delivery hook, never to the output
    assertThat(text).contains("Password{****}").contains("Next plan: 0 steps");
  }
}
