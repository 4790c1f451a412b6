package io.cspsdk.sync.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.model.User;
import io.cspsdk.core.model.UserUpdate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserSyncStepsTest extends UserSyncFixture {

  @Test
  void plan_directoryOnlyUser_createsItInPartnerCenterWithItsLicences() {
    put("alex", "Alex Wilber", BASIC_SKU);
    UserSync sync = sync();
    SyncPlan plan = sync.plan(customer);
    assertThat(kinds(plan)).containsExactly(StepKind.CREATE_USER, StepKind.ASSIGN_LICENCES);
    assertThat(plan.steps()).allMatch(s -> s.side() == SyncSide.PARTNER_CENTER);
    assertThat(step(plan, StepKind.CREATE_USER, SyncSide.PARTNER_CENTER).reason()).contains("new in the directory");
    assertThat(step(plan, StepKind.ASSIGN_LICENCES, SyncSide.PARTNER_CENTER).dependsOn())
        .contains(plan.steps().get(0).key());

    ApplyResult r = converge(sync);

    User alex = pcUser("alex");
    assertThat(alex.displayName()).contains("Alex Wilber");
    assertThat(alex.usageLocation()).contains("US");
    assertThat(pcLicences(alex.id())).containsExactly(BASIC_SKU);
    assertThat(deliveries).containsExactly("PARTNER_CENTER:alex@" + DOMAIN);
    assertThat(r.skusAfter()).anySatisfy(s -> {
      assertThat(s.productSku().orElseThrow().id()).contains(BASIC_SKU);
      assertThat(s.consumedUnits()).contains(1);
      assertThat(s.availableUnits()).contains(9);
    });
  }

  @Test
  void plan_partnerCenterOnlyUser_createsItInTheDirectoryWithItsLicences() {
    seedPc("megan", BASIC_SKU);
    UserSync sync = sync();
    SyncPlan plan = sync.plan(customer);
    assertThat(kinds(plan)).containsExactly(StepKind.CREATE_USER, StepKind.ASSIGN_LICENCES);
    assertThat(plan.steps()).allMatch(s -> s.side() == SyncSide.DIRECTORY);

    converge(sync);

    DirectoryUser megan = dirUser("megan");
    assertThat(megan.displayName()).isEqualTo("Megan Test");
    assertThat(megan.firstName()).contains("Megan");
    assertThat(megan.licences()).containsExactly(BASIC_SKU);
    assertThat(deliveries).containsExactly("DIRECTORY:megan@" + DOMAIN);
  }

  @Test
  void plan_sameUserOnBothSides_matchesByPrincipalNameIgnoringCase() {
    String id = seedPc("adele", BASIC_SKU);
    dir.put(customer, DirectoryUser.builder().userPrincipalName("ADELE@" + DOMAIN.toUpperCase())
        .firstName("Adele").lastName("Test").displayName("Adele Test").usageLocation("us")
        .licences(Set.of(BASIC_SKU)).build());
    UserSync sync = sync();
    SyncPlan plan = sync.plan(customer);
    assertThat(kinds(plan)).containsExactly(StepKind.LINK_USERS);
    sync.apply(plan);
    assertThat(links.links(customer)).singleElement().satisfies(l -> assertThat(l.partnerCenterUserId()).isEqualTo(id));
    assertThat(sync.plan(customer).isEmpty()).isTrue();
    assertThat(pcUsers()).hasSize(1);
  }

  @Test
  void plan_renamedInTheDirectory_staysTheSameUserAndRenamesItInPartnerCenter() {
    String id = seedPc("adele");
    put("adele", "Adele Test");
    UserSync sync = sync();
    converge(sync);
    DirectoryUser d = dirUser("adele");
    dir.update(customer, d.toBuilder().userPrincipalName("adele.vance@" + DOMAIN).build());

    SyncPlan plan = sync.plan(customer);
    assertThat(kinds(plan)).containsExactly(StepKind.UPDATE_USER);
    SyncStep update = plan.steps().get(0);
    assertThat(update.side()).isEqualTo(SyncSide.PARTNER_CENTER);
    assertThat(update.partnerCenterUserId()).contains(id);
    assertThat(update.changes()).containsExactly(new AttributeChange("userPrincipalName",
        Optional.of("adele@" + DOMAIN), Optional.of("adele.vance@" + DOMAIN)));
    assertThat(update.reason()).contains("changed in the directory since the last sync");

    converge(sync);
    assertThat(pc.users(customer).get(id).userPrincipalName()).contains("adele.vance@" + DOMAIN);
    assertThat(pcUsers()).hasSize(1);
  }

  @Test
  void plan_attributeChangedOnOneSide_updatesTheOtherSide() {
    String id = seedPc("adele");
    put("adele", "Adele Test");
    UserSync sync = sync();
    converge(sync);

    pc.users(customer).update(id, UserUpdate.builder().displayName("Adele Vance").build());
    dir.update(customer, dirUser("adele").toBuilder().lastName("Vance").build());
    SyncPlan plan = sync.plan(customer);
    SyncStep toDir = step(plan, StepKind.UPDATE_USER, SyncSide.DIRECTORY);
    SyncStep toPc = step(plan, StepKind.UPDATE_USER, SyncSide.PARTNER_CENTER);
    assertThat(toDir.changes()).extracting(AttributeChange::attribute).containsExactly("displayName");
    assertThat(toDir.reason()).contains("changed in Partner Center since the last sync");
    assertThat(toDir.plannedAgainst().orElseThrow().displayName()).contains("Adele Test");
    assertThat(toDir.expected().orElseThrow().displayName()).contains("Adele Vance");
    assertThat(toPc.changes()).extracting(AttributeChange::attribute).containsExactly("lastName");

    converge(sync);
    assertThat(dirUser("adele").displayName()).isEqualTo("Adele Vance");
    assertThat(pc.users(customer).get(id).lastName()).contains("Vance");
  }

  @Test
  void plan_licenceChangedOnOneSide_assignsOrRemovesItOnTheOtherSide() {
    String id = seedPc("adele", BASIC_SKU);
    put("adele", "Adele Test", BASIC_SKU);
    UserSync sync = sync();
    converge(sync);

    pc.licenses(customer).assign(id, STANDARD_SKU);
    dir.updateLicences(customer, dirUser("adele").id().orElseThrow(), Set.of(), Set.of(BASIC_SKU));
    SyncPlan plan = sync.plan(customer);
    assertThat(step(plan, StepKind.ASSIGN_LICENCES, SyncSide.DIRECTORY).licences()).containsExactly(STANDARD_SKU);
    SyncStep remove = step(plan, StepKind.REMOVE_LICENCES, SyncSide.PARTNER_CENTER);
    assertThat(remove.licences()).containsExactly(BASIC_SKU);
    assertThat(remove.licenceGroup()).contains("group1");

    converge(sync);
    assertThat(dirUser("adele").licences()).containsExactly(STANDARD_SKU);
    assertThat(pcLicences(id)).containsExactly(STANDARD_SKU);
  }

  @Test
  void plan_groupAssignedLicence_isNeverRemovedOrCopied() {
    String id = seedPc("adele", BASIC_SKU, STANDARD_SKU);
    dir.put(customer, DirectoryUser.builder().userPrincipalName("adele@" + DOMAIN).firstName("Adele")
        .lastName("Test").displayName("Adele Test").usageLocation("US").licences(Set.of(BASIC_SKU))
        .groupLicences(Set.of(STANDARD_SKU)).build());
    UserSync sync = sync(settings().conflictPolicy(ConflictPolicy.DIRECTORY_WINS).build());
    SyncPlan plan = sync.plan(customer);
    assertThat(kinds(plan)).containsExactly(StepKind.LINK_USERS);
    converge(sync);
    assertThat(pcLicences(id)).containsExactly(BASIC_SKU, STANDARD_SKU);
    assertThat(dirUser("adele").licences()).containsExactly(BASIC_SKU);
  }
}
