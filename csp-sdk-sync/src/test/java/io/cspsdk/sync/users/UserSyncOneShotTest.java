package io.cspsdk.sync.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.model.User;
import io.cspsdk.core.model.UserUpdate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserSyncOneShotTest extends UserSyncFixture {

  @Test
  void importFromPartnerCenter_createsMissingDirectoryUsersOnlyAndDeliversTheirPasswords() {
    seedPc("megan", BASIC_SKU);
    seedPc("adele");
    put("adele", "Adele Local");
    put("local.only", "Local Only");
    List<String> sent = new ArrayList<>();
    ApplyResult r = sync().importFromPartnerCenter(customer, (c, upn, side, p) -> sent.add(side + ":" + upn));

    assertThat(r.outcomes()).extracting(o -> o.step().kind()).containsExactly(StepKind.LINK_USERS,
        StepKind.CREATE_USER, StepKind.ASSIGN_LICENCES);
    assertThat(r.allSucceeded()).isTrue();
    assertThat(dirUser("megan").licences()).containsExactly(BASIC_SKU);
    assertThat(dirUser("adele").displayName()).isEqualTo("Adele Local");
    assertThat(pcUsers()).hasSize(2);
    assertThat(sent).containsExactly("DIRECTORY:megan@" + DOMAIN);
    assertThat(deliveries).isEmpty();
  }

  @Test
  void exportToPartnerCenter_createsMissingPartnerCenterUsersWithLicences() {
    put("alex", "Alex", BASIC_SKU);
    seedPc("portal.only");
    List<String> sent = new ArrayList<>();
    ApplyResult r = sync().exportToPartnerCenter(customer, (c, upn, side, p) -> sent.add(side + ":" + upn));
    assertThat(r.allSucceeded()).isTrue();
    assertThat(pcLicences(pcUser("alex").id())).containsExactly(BASIC_SKU);
    assertThat(findDirUser("portal.only")).isEmpty();
    assertThat(sent).containsExactly("PARTNER_CENTER:alex@" + DOMAIN);
  }

  @Test
  void directoryChanged_syncsThatUserOnlyAtOnce() {
    String adele = seedPc("adele");
    seedPc("megan");
    put("adele", "Adele Test");
    put("megan", "Megan Test");
    UserSync sync = sync();
    converge(sync);
    pc.users(customer).update(pcUser("megan").id(), UserUpdate.builder().displayName("Megan B").build());
    DirectoryUser changed = dir.update(customer, dirUser("adele").toBuilder().displayName("Adele Vance").build());

    fake.clearRequests();
    ApplyResult r = sync.directoryChanged(customer, changed);
    assertThat(r.outcomes()).singleElement().satisfies(o -> {
      assertThat(o.step().kind()).isEqualTo(StepKind.UPDATE_USER);
      assertThat(o.step().partnerCenterUserId()).contains(adele);
      assertThat(o.status()).isEqualTo(StepOutcome.Status.APPLIED);
    });
    assertThat(pcUser("adele").displayName()).contains("Adele Vance");
    assertThat(dirUser("megan").displayName()).isEqualTo("Megan Test");
    assertThat(fake.requests()).noneMatch(q -> q.path().contains("/users/" + pcUser("megan").id()
        + "/licenses"));
  }

  @Test
  void directoryChanged_newUser_isCreatedInPartnerCenter() {
    DirectoryUser alex = put("alex", "Alex", BASIC_SKU);
    ApplyResult r = sync().directoryChanged(customer, alex);
    assertThat(r.outcomes()).extracting(o -> o.step().kind()).containsExactly(StepKind.CREATE_USER,
        StepKind.ASSIGN_LICENCES);
    assertThat(pcLicences(pcUser("alex").id())).containsExactly(BASIC_SKU);
  }
}
