package io.cspsdk.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.error.BadRequestException;
import io.cspsdk.core.model.LicenseAssignment;
import io.cspsdk.core.model.LicenseUpdate;
import io.cspsdk.core.model.SubscribedSku;
import io.cspsdk.core.model.User;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Licence groups over HTTP: group 1 (Microsoft Entra ID SKUs) and group 2 (Minecraft Education); listings default to
 * group 1 and filter by {@code licenseGroupIds}; one licence update may not mix groups.
 */
class LicenceGroupsClientTest extends ClientFixture {
  static final String MINECRAFT = "CFQ7TTC0MMED:0001";
  static final String MINECRAFT_LICENCE = "984df360-9a74-4647-8cf8-696749f6247a";

  private String customerWithBothGroups() {
    return fake.seed().customer("Fabrikam School").subscription(BASIC, 2).subscription(MINECRAFT, 3).users(2)
        .lastCustomerId();
  }

  private static String group(SubscribedSku s) {
    return s.productSku().flatMap(p -> p.licenseGroupId()).orElseThrow();
  }

  @Test
  void subscribedSkus_defaultIsGroup1_licenseGroupIdsSelectGroup2OrBoth() {
    String c = customerWithBothGroups();

    List<SubscribedSku> byDefault = pc.licenses(c).subscribedSkus().stream().toList();
    List<SubscribedSku> group2 = pc.licenses(c).subscribedSkus(List.of("Group2"), RequestOptions.none()).stream()
        .toList();
    List<SubscribedSku> both = pc.licenses(c).subscribedSkus(List.of("Group1", "Group2"), RequestOptions.none())
        .stream().toList();

    assertThat(byDefault).extracting(LicenceGroupsClientTest::group).containsExactly("group1");
    assertThat(group2).singleElement().satisfies(s -> {
      assertThat(group(s)).isEqualTo("group2");
      assertThat(s.productSku().flatMap(p -> p.id())).contains(MINECRAFT_LICENCE);
      assertThat(s.totalUnits()).contains(3);
    });
    assertThat(both).extracting(LicenceGroupsClientTest::group).containsExactlyInAnyOrder("group1", "group2");
  }

  @Test
  void userLicenses_areFilteredByGroupLikeTheSubscribedSkus() {
    String c = customerWithBothGroups();
    String user = pc.users(c).list().stream().findFirst().map(User::id).orElseThrow();
    pc.licenses(c).assign(user, BASIC_LICENCE);
    pc.licenses(c).assign(user, MINECRAFT_LICENCE);

    assertThat(pc.licenses(c).userLicenses(user)).hasSize(1);
    assertThat(pc.licenses(c).userLicenses(user, List.of("Group2"), RequestOptions.none()).stream()
        .map(l -> l.productSku().flatMap(p -> p.id()).orElseThrow())).containsExactly(MINECRAFT_LICENCE);
    assertThat(pc.licenses(c).userLicenses(user, List.of("Group1", "Group2"), RequestOptions.none())).hasSize(2);
  }

  @Test
  void licenceUpdate_mixingTwoGroups_isRefusedWith400AndChangesNothing() {
    String c = customerWithBothGroups();
    String user = pc.users(c).list().stream().findFirst().map(User::id).orElseThrow();
    LicenseUpdate mixed = LicenseUpdate.builder().addLicensesToAssign(LicenseAssignment.of(BASIC_LICENCE),
        LicenseAssignment.of(MINECRAFT_LICENCE)).build();

    assertThatThrownBy(() -> pc.licenses(c).update(user, mixed)).isInstanceOfSatisfying(BadRequestException.class,
        e -> {
          assertThat(e.statusCode()).isEqualTo(400);
          assertThat(e.errorCode()).contains("800002");
          assertThat(e.getMessage()).contains("single license group", BASIC_LICENCE + " (group1)",
              MINECRAFT_LICENCE + " (group2)");
        });
    assertThat(pc.licenses(c).userLicenses(user, List.of("Group1", "Group2"), RequestOptions.none())).isEmpty();
    // removing one group's licence while assigning the other's is a mix too
    pc.licenses(c).assign(user, BASIC_LICENCE);
    LicenseUpdate swap = LicenseUpdate.builder().addLicensesToAssign(LicenseAssignment.of(MINECRAFT_LICENCE))
        .addLicensesToRemove(BASIC_LICENCE).build();
    assertThatThrownBy(() -> pc.licenses(c).update(user, swap)).isInstanceOf(BadRequestException.class);
    assertThat(pc.licenses(c).userLicenses(user)).hasSize(1);
  }
}
