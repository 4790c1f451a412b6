package io.cspsdk.sync.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.model.User;
import io.cspsdk.core.model.UserUpdate;
import io.cspsdk.core.model.UserState;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class UserSyncPoliciesTest extends UserSyncFixture {

  private String linkedAdele(UserSync sync) {
    String id = seedPc("adele");
    put("adele", "Adele Test");
    converge(sync);
    return id;
  }

  @Test
  void plan_partnerCenterToDirectory_overwritesDirectoryChangesAndCreatesNothingInPartnerCenter() {
    UserSync sync = sync(settings().direction(SyncDirection.PARTNER_CENTER_TO_DIRECTORY).build());
    linkedAdele(sync);
    dir.update(customer, dirUser("adele").toBuilder().displayName("Local Edit").build());
    put("local.only", "Local Only");

    SyncPlan plan = sync.plan(customer);
    assertThat(kinds(plan)).containsExactly(StepKind.UPDATE_USER);
    SyncStep s = step(plan, StepKind.UPDATE_USER, SyncSide.DIRECTORY);
    assertThat(s.reason()).contains("Partner Center is the source");
    assertThat(plan.notices()).anyMatch(n -> n.contains("local.only@" + DOMAIN) && n.contains("exists only in"));
    sync.apply(plan);
    assertThat(dirUser("adele").displayName()).isEqualTo("Adele Test");
    assertThat(pcUsers()).hasSize(1);
  }

  @Test
  void plan_directoryToPartnerCenter_overwritesPartnerCenterChanges() {
    UserSync sync = sync(settings().direction(SyncDirection.DIRECTORY_TO_PARTNER_CENTER).build());
    String id = linkedAdele(sync);
    pc.users(customer).update(id, UserUpdate.builder().displayName("Portal Edit").build());
    seedPc("portal.only");

    SyncPlan plan = sync.plan(customer);
    assertThat(kinds(plan)).containsExactly(StepKind.UPDATE_USER);
    assertThat(step(plan, StepKind.UPDATE_USER, SyncSide.PARTNER_CENTER).reason())
        .contains("the directory is the source");
    sync.apply(plan);
    assertThat(pc.users(customer).get(id).displayName()).contains("Adele Test");
    assertThat(findDirUser("portal.only")).isEmpty();
  }

  private SyncPlan conflict(UserSync sync, boolean directoryLast) {
    String id = linkedAdele(sync);
    if (directoryLast) {
      pc.users(customer).update(id, UserUpdate.builder().displayName("Portal Edit").build());
      clock.advance(Duration.ofMinutes(5));
      dir.update(customer, dirUser("adele").toBuilder().displayName("Directory Edit").build());
    } else {
      dir.update(customer, dirUser("adele").toBuilder().displayName("Directory Edit").build());
      clock.advance(Duration.ofMinutes(5));
      pc.users(customer).update(id, UserUpdate.builder().displayName("Portal Edit").build());
    }
    return sync.plan(customer);
  }

  @Test
  void plan_bothChangedWithPartnerCenterWins_takesPartnerCenters() {
    UserSync sync = sync(settings().conflictPolicy(ConflictPolicy.PARTNER_CENTER_WINS).build());
    SyncPlan plan = conflict(sync, true);
    SyncStep s = step(plan, StepKind.UPDATE_USER, SyncSide.DIRECTORY);
    assertThat(s.reason()).contains("both sides changed displayName").contains("Partner Center wins");
    sync.apply(plan);
    assertThat(dirUser("adele").displayName()).isEqualTo("Portal Edit");
  }

  @Test
  void plan_bothChangedWithDirectoryWins_takesTheDirectorys() {
    UserSync sync = sync(settings().conflictPolicy(ConflictPolicy.DIRECTORY_WINS).build());
    SyncPlan plan = conflict(sync, false);
    assertThat(step(plan, StepKind.UPDATE_USER, SyncSide.PARTNER_CENTER).reason()).contains("the directory wins");
    sync.apply(plan);
    assertThat(pcUser("adele").displayName()).contains("Directory Edit");
  }

  @Test
  void plan_bothChangedWithNewestWins_directoryChangedLast_takesTheDirectorys() {
    UserSync sync = sync(settings().conflictPolicy(ConflictPolicy.NEWEST_CHANGE_WINS).build());
    SyncPlan plan = conflict(sync, true);
    assertThat(step(plan, StepKind.UPDATE_USER, SyncSide.PARTNER_CENTER).reason())
        .contains("the directory's change is newer").contains("(audit record)");
    sync.apply(plan);
    assertThat(pcUser("adele").displayName()).contains("Directory Edit");
  }

  @Test
  void plan_bothChangedWithNewestWins_partnerCenterChangedLast_takesPartnerCenters() {
    UserSync sync = sync(settings().conflictPolicy(ConflictPolicy.NEWEST_CHANGE_WINS).build());
    SyncPlan plan = conflict(sync, false);
    assertThat(step(plan, StepKind.UPDATE_USER, SyncSide.DIRECTORY).reason())
        .contains("Partner Center's change is newer");
    sync.apply(plan);
    assertThat(dirUser("adele").displayName()).isEqualTo("Portal Edit");
  }

  @Test
  void plan_deletedInPartnerCenter_propagated_disablesThenDeletesAfterThePurge() {
    UserSync sync = sync(settings().deletionThresholdPercent(100).build());
    String id = linkedAdele(sync);
    pc.users(customer).delete(id);

    SyncPlan plan = sync.plan(customer);
    assertThat(kinds(plan)).containsExactly(StepKind.DISABLE_USER);
    assertThat(plan.steps().get(0).reason()).contains("state (directory: active, Partner Center: soft-deleted) "
        + "changed in Partner Center since the last sync");
    converge(sync);
    assertThat(dirUser("adele").enabled()).isFalse();

    clock.advance(Duration.ofDays(31));
    SyncPlan later = sync.plan(customer);
    assertThat(kinds(later)).containsExactly(StepKind.DELETE_USER);
    assertThat(later.steps().get(0).side()).isEqualTo(SyncSide.DIRECTORY);
    converge(sync);
    assertThat(findDirUser("adele")).isEmpty();
  }

  @Test
  void plan_deletedInPartnerCenter_flagged_keepsTheDirectoryUser() {
    UserSync sync = sync(settings().deletionMode(DeletionMode.FLAG).build());
    String id = linkedAdele(sync);
    pc.users(customer).delete(id);
    SyncPlan plan = sync.plan(customer);
    assertThat(plan.isEmpty()).isTrue();
    assertThat(plan.notices()).singleElement().asString().contains("flagged: adele@" + DOMAIN);
    assertThat(dirUser("adele").enabled()).isTrue();
  }

  @Test
  void plan_disabledInTheDirectory_softDeletesInPartnerCenter_andEnablingAgainRestores() {
    UserSync sync = sync(settings().deletionThresholdPercent(100).build());
    String id = linkedAdele(sync);
    dir.disable(customer, dirUser("adele").id().orElseThrow());

    SyncPlan plan = sync.plan(customer);
    assertThat(kinds(plan)).containsExactly(StepKind.DELETE_USER);
    assertThat(plan.steps().get(0).side()).isEqualTo(SyncSide.PARTNER_CENTER);
    assertThat(plan.steps().get(0).reason()).contains("restorable for 30 days");
    converge(sync);
    assertThat(pcDeleted()).extracting(u -> u.id()).containsExactly(id);

    dir.update(customer, dirUser("adele").toBuilder().enabled(true).build());
    SyncPlan restore = sync.plan(customer);
    assertThat(kinds(restore)).containsExactly(StepKind.RESTORE_USER);
    converge(sync);
    assertThat(pc.users(customer).get(id).state()).contains(UserState.ACTIVE);
  }

  @Test
  void plan_directoryUserMatchingASoftDeletedPartnerCenterUser_restoresIt() {
    String id = seedPc("adele");
    pc.users(customer).delete(id);
    clock.advance(Duration.ofDays(10));
    put("adele", "Adele Test");
    UserSync sync = sync();
    SyncPlan plan = sync.plan(customer);
    assertThat(kinds(plan)).startsWith(StepKind.LINK_USERS, StepKind.RESTORE_USER)
        .doesNotContain(StepKind.CREATE_USER);
    assertThat(step(plan, StepKind.RESTORE_USER, SyncSide.PARTNER_CENTER).reason()).contains("still restorable");
    converge(sync);
    assertThat(pcUsers()).extracting(u -> u.id()).containsExactly(id);
  }

  @Test
  void apply_deletionsAboveTheThreshold_needAnExplicitAllowance() {
    UserSync sync = sync(settings().deletionThresholdPercent(20).build());
    for (int i = 0; i < 10; i++) {
      seedPc("user" + i);
    }
    converge(sync);
    for (int i = 0; i < 3; i++) {
      pc.users(customer).delete(pcUser("user" + i).id());
    }
    SyncPlan plan = sync.plan(customer);
    assertThat(plan.deletions()).isEqualTo(3);
    assertThat(plan.deletionAllowanceRequired()).isTrue();
    assertThat(plan.toText()).contains("STOP: 3 of 10 users");
    assertThatThrownBy(() -> sync.apply(plan)).isInstanceOf(DeletionThresholdException.class)
        .hasMessageContaining("20 % threshold");
    assertThat(dirUser("user0").enabled()).isTrue();

    ApplyResult r = sync.apply(plan, ApplyOptions.allowingDeletions());
    assertThat(r.count(StepOutcome.Status.APPLIED)).isEqualTo(3);
    assertThat(dirUser("user0").enabled()).isFalse();
  }

  @Test
  void plan_twoDeletionsOfTen_stayUnderTheThreshold() {
    UserSync sync = sync(settings().deletionThresholdPercent(20).build());
    for (int i = 0; i < 10; i++) {
      seedPc("user" + i);
    }
    converge(sync);
    pc.users(customer).delete(pcUser("user0").id());
    pc.users(customer).delete(pcUser("user1").id());
    assertThat(sync.plan(customer).deletionAllowanceRequired()).isFalse();
  }
}
