package io.cspsdk.sync.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.model.Subscription;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserSyncLicencesTest extends UserSyncFixture {

  /** Four directory users wanting Business Standard, of which the customer has 5 seats with 3 taken. */
  private void fourWantStandard() {
    for (int i = 0; i < 3; i++) {
      seedPc("holder" + i, STANDARD_SKU);
    }
    for (int i = 0; i < 4; i++) {
      put("new" + i, "New " + i, STANDARD_SKU);
    }
  }

  @Test
  void plan_moreSeatsNeededThanFree_reportsTheShortageAndBlocksTheAssignmentsBeyondIt() {
    fourWantStandard();
    UserSync sync = sync(settings().direction(SyncDirection.DIRECTORY_TO_PARTNER_CENTER).build());
    SyncPlan plan = sync.plan(customer);

    assertThat(plan.shortages()).singleElement().satisfies(s -> {
      assertThat(s.skuId()).isEqualTo(STANDARD_SKU);
      assertThat(s.skuName()).isEqualTo("O365_BUSINESS_PREMIUM");
      assertThat(s.needed()).isEqualTo(4);
      assertThat(s.available()).isEqualTo(2);
      assertThat(s.missing()).isEqualTo(2);
    });
    List<SyncStep> assigns = plan.steps().stream().filter(s -> s.kind() == StepKind.ASSIGN_LICENCES).toList();
    assertThat(assigns).hasSize(4);
    assertThat(assigns.stream().filter(SyncStep::blocked)).hasSize(2)
        .allSatisfy(s -> assertThat(s.blockedBy().orElseThrow()).contains("2 missing"));
    assertThat(plan.toText()).contains("seats: O365_BUSINESS_PREMIUM (" + STANDARD_SKU + ") needs 4, 2 available, "
        + "2 missing");

    ApplyResult r = sync.apply(plan);
    assertThat(r.count(StepOutcome.Status.SKIPPED)).isEqualTo(2);
    assertThat(r.outcomes()).filteredOn(o -> o.status() == StepOutcome.Status.SKIPPED)
        .allSatisfy(o -> assertThat(o.detail()).contains("blocked at planning: not enough seats"));
    assertThat(available(STANDARD_SKU)).isZero();
    assertThat(r.skusAfter()).anySatisfy(s -> {
      assertThat(s.productSku().orElseThrow().id()).contains(STANDARD_SKU);
      assertThat(s.consumedUnits()).contains(5);
      assertThat(s.availableUnits()).contains(0);
    });
  }

  @Test
  void apply_licencesOfTwoLicenceGroups_sendsOneLicenceUpdatePerGroupAndSucceeds() {
    seeder.subscription(MINECRAFT, 3);
    String id = seedPc("stu");
    put("stu", "Stu Dent", BASIC_SKU, MINECRAFT_SKU);
    UserSync sync = sync(settings().direction(SyncDirection.DIRECTORY_TO_PARTNER_CENTER).build());
    int minecraftFree = available(MINECRAFT_SKU);

    SyncPlan plan = sync.plan(customer);

    List<SyncStep> assigns = plan.steps().stream().filter(s -> s.kind() == StepKind.ASSIGN_LICENCES).toList();
    assertThat(assigns).hasSize(2).allMatch(s -> s.side() == SyncSide.PARTNER_CENTER && !s.blocked());
    assertThat(assigns).extracting(s -> s.licenceGroup().orElseThrow() + "=" + s.licences())
        .containsExactlyInAnyOrder("group1=[" + BASIC_SKU + "]", "group2=[" + MINECRAFT_SKU + "]");
    fake.clearRequests();

    ApplyResult r = sync.apply(plan);

    assertThat(r.outcomes()).allMatch(o -> o.status() == StepOutcome.Status.APPLIED);
    List<String> updates = fake.requests().stream().filter(q -> q.method().equals("POST")
        && q.path().endsWith("/users/" + id + "/licenseupdates")).map(q -> q.body()).toList();
    assertThat(updates).hasSize(2);
    assertThat(updates).filteredOn(b -> b.contains(BASIC_SKU)).singleElement()
        .satisfies(b -> assertThat(b).doesNotContain(MINECRAFT_SKU));
    assertThat(updates).filteredOn(b -> b.contains(MINECRAFT_SKU)).singleElement()
        .satisfies(b -> assertThat(b).doesNotContain(BASIC_SKU));
    assertThat(pcLicences(id)).containsExactlyInAnyOrder(BASIC_SKU, MINECRAFT_SKU);
    assertThat(available(MINECRAFT_SKU)).isEqualTo(minecraftFree - 1);
    assertThat(r.skusAfter()).anySatisfy(s -> {
      assertThat(s.productSku().orElseThrow().id()).contains(MINECRAFT_SKU);
      assertThat(s.consumedUnits()).contains(1);
    });
    assertThat(sync.plan(customer).steps()).isEmpty();
  }

  @Test
  void plan_withTheSeatPurchaser_buysTheMissingSeatsFirst() {
    fourWantStandard();
    List<SeatShortage> asked = new ArrayList<>();
    SeatPurchaser purchaser = (c, shortage, subscriptions) -> {
      asked.add(shortage);
      return subscriptions.stream().filter(s -> s.offerId().startsWith("CFQ7TTC0LCHC")).findFirst()
          .map(s -> new SeatPurchase(s.id(), shortage.missing()));
    };
    UserSync sync = sync(settings().direction(SyncDirection.DIRECTORY_TO_PARTNER_CENTER).seatPurchaser(purchaser)
        .build());
    SyncPlan plan = sync.plan(customer);
    assertThat(asked).extracting(SeatShortage::missing).containsExactly(2);
    SyncStep buy = plan.steps().get(0);
    assertThat(buy.kind()).isEqualTo(StepKind.BUY_SEATS);
    assertThat(buy.changes()).containsExactly(new AttributeChange("quantity", Optional.of("5"), Optional.of("7")));
    assertThat(plan.steps()).noneMatch(SyncStep::blocked);

    converge(sync);
    Subscription standard = pc.subscriptions(customer).get(buy.subscriptionId().orElseThrow());
    assertThat(standard.quantity()).isEqualTo(7);
    assertThat(available(STANDARD_SKU)).isZero();
    assertThat(pcLicences(pcUser("new3").id())).containsExactly(STANDARD_SKU);
  }

  @Test
  void plan_userWithoutUsageLocation_isBlockedUntilOneIsKnown() {
    dir.put(customer, DirectoryUser.builder().userPrincipalName("nowhere@" + DOMAIN).displayName("No Where")
        .addLicences(BASIC_SKU).build());
    SyncPlan blocked = sync().plan(customer);
    assertThat(step(blocked, StepKind.CREATE_USER, SyncSide.PARTNER_CENTER).blockedBy().orElseThrow())
        .startsWith("usage location missing");
    ApplyResult r = sync().apply(blocked);
    assertThat(r.count(StepOutcome.Status.SKIPPED)).isEqualTo(2);
    assertThat(pcUsers()).isEmpty();

    UserSync withDefault = sync(settings().defaultUsageLocation("se").build());
    SyncPlan plan = withDefault.plan(customer);
    SyncStep create = step(plan, StepKind.CREATE_USER, SyncSide.PARTNER_CENTER);
    assertThat(create.blocked()).isFalse();
    assertThat(create.reason()).contains("usage location SE from the configured default");
    converge(withDefault);
    assertThat(pcUser("nowhere").usageLocation()).contains("SE");
    assertThat(pcLicences(pcUser("nowhere").id())).containsExactly(BASIC_SKU);
  }

  @Test
  void plan_licenceTheCustomerDoesNotHave_isBlockedNamingTheSku() {
    String premium = "cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46";
    put("adele", "Adele", premium);
    SyncPlan plan = sync().plan(customer);
    assertThat(step(plan, StepKind.ASSIGN_LICENCES, SyncSide.PARTNER_CENTER).blockedBy())
        .contains("the customer has no subscribed SKU " + premium);
  }
}
