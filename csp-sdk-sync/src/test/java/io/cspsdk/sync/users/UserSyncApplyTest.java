package io.cspsdk.sync.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cspsdk.core.model.User;
import io.cspsdk.core.model.UserUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserSyncApplyTest extends UserSyncFixture {

  @Test
  void apply_targetChangedSincePlanning_refusesTheStepAsStale() {
    String id = seedPc("adele");
    put("adele", "Adele Test");
    UserSync sync = sync();
    converge(sync);
    dir.update(customer, dirUser("adele").toBuilder().displayName("Adele Vance").build());
    SyncPlan plan = sync.plan(customer);
    pc.users(customer).update(id, UserUpdate.builder().lastName("Changed Meanwhile").build());

    ApplyResult r = sync.apply(plan);
    assertThat(r.outcomes()).singleElement().satisfies(o -> {
      assertThat(o.status()).isEqualTo(StepOutcome.Status.STALE);
      assertThat(o.detail()).contains("changed since planning");
    });
    assertThat(pc.users(customer).get(id).displayName()).contains("Adele Test");
    SyncPlan replan = sync.plan(customer);
    assertThat(replan.steps()).extracting(SyncStep::kind, SyncStep::side).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple(StepKind.UPDATE_USER, SyncSide.PARTNER_CENTER),
        org.assertj.core.groups.Tuple.tuple(StepKind.UPDATE_USER, SyncSide.DIRECTORY));
  }

  @Test
  void apply_samePlanTwice_changesNothingTheSecondTime() {
    put("alex", "Alex", BASIC_SKU);
    seedPc("megan", BASIC_SKU);
    UserSync sync = sync();
    SyncPlan plan = sync.plan(customer);
    assertThat(sync.apply(plan).allSucceeded()).isTrue();
    int requests = fake.requests().size();

    ApplyResult again = sync.apply(plan);
    assertThat(again.outcomes()).allSatisfy(o -> assertThat(o.status()).isEqualTo(StepOutcome.Status.ALREADY_APPLIED));
    assertThat(fake.requests().subList(requests, fake.requests().size()))
        .noneMatch(r -> r.method().equals("POST") || r.method().equals("PATCH") || r.method().equals("DELETE"));
    assertThat(pcUsers()).hasSize(2);
    assertThat(dir.list(customer)).hasSize(2);
    assertThat(deliveries).hasSize(2);
  }

  @Test
  void apply_failureMidway_isReportedAndTheNextPlanConverges() {
    for (int i = 0; i < 3; i++) {
      put("new" + i, "New " + i, BASIC_SKU);
    }
    UserSync sync = sync();
    fake.faults().on("POST", "/customers/*/users/*/licenseupdates").status(400).once();
    ApplyResult r = sync.apply(sync.plan(customer));
    assertThat(r.count(StepOutcome.Status.FAILED)).isEqualTo(1);
    assertThat(r.count(StepOutcome.Status.APPLIED)).isEqualTo(5);
    assertThat(r.outcomes()).filteredOn(o -> o.status() == StepOutcome.Status.FAILED).singleElement()
        .satisfies(o -> assertThat(o.step().kind()).isEqualTo(StepKind.ASSIGN_LICENCES));

    SyncPlan replan = sync.plan(customer);
    assertThat(kinds(replan)).containsExactly(StepKind.ASSIGN_LICENCES);
    converge(sync);
    assertThat(pcUsers()).hasSize(3).allSatisfy(u -> assertThat(pcLicences(u.id()))
        .containsExactly(BASIC_SKU));
  }

  @Test
  void apply_200UsersWithMixedChangesOnBothSides_convergeInOnePlanAndTheNextPlanIsEmpty() {
    String big = fake.seed().customer("Big", "big.onmicrosoft.com").subscription(BASIC, 300)
        .subscription(STANDARD, 300).lastCustomerId();
    String domain = "big.onmicrosoft.com";
    UserSync sync = UserSync.builder(pc, dir).links(links).clock(clock)
        .settings(settings().deletionThresholdPercent(100).build())
        .passwordDelivery((c, upn, side, p) -> deliveries.add(upn)).build();
    // 120 users on both sides, then changes on both sides
    List<String> pcIds = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      String upn = "u" + i + "@" + domain;
      User u = pc.users(big).create(io.cspsdk.core.model.NewUser.builder().userPrincipalName(upn)
          .displayName("User " + i).usageLocation("US").password("Str0ng!Passw0rd#" + i).build());
      pcIds.add(u.id());
      dir.put(big, DirectoryUser.builder().userPrincipalName(upn).displayName("User " + i).usageLocation("US")
          .build());
    }
    assertThat(sync.apply(sync.plan(big)).allSucceeded()).isTrue();
    for (int i = 0; i < 120; i++) {
      DirectoryUser d = dir.byUserPrincipalName(big, "u" + i + "@" + domain).orElseThrow();
      switch (i % 6) {
        case 0 -> dir.update(big, d.toBuilder().displayName("Dir Renamed " + i).build());
        case 1 -> pc.users(big).update(pcIds.get(i), UserUpdate.builder().displayName("PC Renamed " + i).build());
        case 2 -> dir.updateLicences(big, d.id().orElseThrow(), Set.of(BASIC_SKU), Set.of());
        case 3 -> pc.licenses(big).assign(pcIds.get(i), STANDARD_SKU);
        case 4 -> {
          if (i % 12 == 4) {
            pc.users(big).delete(pcIds.get(i));
          } else {
            dir.disable(big, d.id().orElseThrow());
          }
        }
        default -> { }
      }
    }
    for (int i = 120; i < 160; i++) {
      dir.put(big, DirectoryUser.builder().userPrincipalName("u" + i + "@" + domain).displayName("New Dir " + i)
          .usageLocation("US").addLicences(BASIC_SKU).build());
    }
    for (int i = 160; i < 200; i++) {
      pc.users(big).create(io.cspsdk.core.model.NewUser.builder().userPrincipalName("u" + i + "@" + domain)
          .displayName("New PC " + i).usageLocation("US").password("Str0ng!Passw0rd#" + i).build());
    }

    SyncPlan plan = sync.plan(big);
    assertThat(plan.count(StepKind.CREATE_USER)).as(plan.toText()).isEqualTo(80);
    assertThat(plan.count(StepKind.UPDATE_USER)).isEqualTo(40);
    assertThat(plan.count(StepKind.ASSIGN_LICENCES)).as(plan.toText()).isEqualTo(80);
    assertThat(plan.deletions()).isEqualTo(20);
    ApplyResult r = sync.apply(plan);
    assertThat(r.allSucceeded()).as(r.outcomes().stream().filter(o -> !o.succeeded()).toList().toString()).isTrue();
    assertThat(sync.plan(big).isEmpty()).isTrue();
    assertThat(dir.list(big)).hasSize(200);
    assertThat(deliveries).hasSize(80);
  }

  @Test
  void plan_asTextAndJson_showsEachStepWithReasonAndPlannedAgainstState() throws Exception {
    seedPc("megan", BASIC_SKU);
    put("alex", "Alex Wilber", BASIC_SKU);
    SyncPlan plan = sync().plan(customer);

    String text = plan.toText();
    assertThat(text).contains("+  create user      PC        alex@" + DOMAIN)
        .contains("+  create user      directory megan@" + DOMAIN)
        .contains("because new in the directory")
        .contains("4 steps: create 2, update 0");
    JsonNode json = new ObjectMapper().readTree(plan.toJson());
    assertThat(json.path("customerId").asText()).isEqualTo(customer);
    assertThat(json.path("steps")).hasSize(4);
    JsonNode assign = json.path("steps").get(2);
    assertThat(assign.path("kind").asText()).isEqualTo("ASSIGN_LICENCES");
    assertThat(assign.path("reason").asText()).isNotBlank();
    assertThat(assign.path("plannedAgainst").path("state").asText()).isEqualTo("ACTIVE");
    assertThat(assign.path("expected").path("licences").get(0).asText()).isEqualTo(BASIC_SKU);
    assertThat(assign.path("dependsOn").asText()).startsWith("CREATE_USER:");
  }

  @Test
  void apply_notifiesListenersAndCountsOutcomes() {
    put("alex", "Alex", BASIC_SKU);
    List<String> events = new ArrayList<>();
    UserSync sync = UserSync.builder(pc, dir).links(links).clock(clock).passwordDelivery((c, u, side, p) -> { })
        .listener(new UserSyncListener() {
          @Override
          public void planned(SyncPlan plan) {
            events.add("planned " + plan.steps().size());
          }

          @Override
          public void stepApplied(String customerId, StepOutcome outcome) {
            events.add(outcome.step().kind() + " " + outcome.status());
          }

          @Override
          public void applied(ApplyResult result) {
            events.add("applied");
          }
        }).build();
    sync.apply(sync.plan(customer));
    assertThat(events).containsExactly("planned 2", "CREATE_USER APPLIED", "ASSIGN_LICENCES APPLIED", "applied");
    assertThat(sync.stats().plans()).isEqualTo(1);
    assertThat(sync.stats().steps(StepOutcome.Status.APPLIED)).isEqualTo(2);
  }
}
