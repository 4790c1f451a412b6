package io.cspsdk.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.audit.AuditFilter;
import io.cspsdk.core.error.BadRequestException;
import io.cspsdk.core.error.NotFoundException;
import io.cspsdk.core.error.PartnerCenterServiceException;
import io.cspsdk.core.model.AuditRecord;
import io.cspsdk.core.model.UserUpdate;
import io.cspsdk.core.model.NewUser;
import io.cspsdk.core.model.ServiceRequest;
import io.cspsdk.core.model.SubscribedSku;
import io.cspsdk.core.model.User;
import io.cspsdk.core.model.UserState;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class UsersLicencesAuditClientTest extends ClientFixture {

  private static <T> List<T> all(Iterable<T> it) {
    return StreamSupport.stream(it.spliterator(), false).toList();
  }

  @Test
  void users_listPagesCreateUpdateDeleteRestore() {
    String c = fake.seed().customer("Contoso").users(60).lastCustomerId();
    assertThat(all(pc.users(c).list())).hasSize(60);
    User u = pc.users(c).create(NewUser.builder().userPrincipalName("new.person@contoso.onmicrosoft.com")
        .displayName("New Person").firstName("New").lastName("Person").usageLocation("US")
        .password("Str0ng!Passw0rd").build());
    assertThat(u.state()).contains(UserState.ACTIVE);
    User renamed = pc.users(c).update(u.id(), UserUpdate.builder().displayName("Renamed").build());
    assertThat(renamed.displayName()).contains("Renamed");
    pc.users(c).resetPassword(u.id(), "An0ther!Passw0rd", true);
    pc.users(c).delete(u.id());
    assertThat(all(pc.users(c).list())).hasSize(60);
    List<User> deleted = all(pc.users(c).listDeleted());
    assertThat(deleted).extracting(x -> x.id()).containsExactly(u.id());
    assertThat(deleted.get(0).softDeletionTime()).isPresent();
    User restored = pc.users(c).restore(u.id());
    assertThat(restored.state()).contains(UserState.ACTIVE);
    assertThat(all(pc.users(c).list())).hasSize(61);
  }

  @Test
  void users_updatePrincipalName_renamesAndRefusesATakenName() {
    String c = fake.seed().customer("Contoso").users(2).lastCustomerId();
    List<User> users = all(pc.users(c).list());
    User first = users.get(0);
    User renamed = pc.users(c).update(first.id(), UserUpdate.builder()
        .userPrincipalName("renamed@contoso.onmicrosoft.com").build());
    assertThat(renamed.userPrincipalName()).contains("renamed@contoso.onmicrosoft.com");
    assertThat(pc.users(c).get(first.id()).userPrincipalName())
        .contains("renamed@contoso.onmicrosoft.com");
    String taken = users.get(1).userPrincipalName().toUpperCase(java.util.Locale.ROOT);
    assertThatThrownBy(() -> pc.users(c).update(first.id(), UserUpdate.builder()
        .userPrincipalName(taken).build()))
        .isInstanceOf(io.cspsdk.core.error.ConflictException.class)
        .satisfies(e -> assertThat(((PartnerCenterServiceException) e).errorCode()).contains("60011"));
  }

  @Test
  void users_deletedMoreThan30DaysAgo_areGone() {
    String c = fake.seed().customer("Contoso").users(1).lastCustomerId();
    String id = all(pc.users(c).list()).get(0).id();
    pc.users(c).delete(id);
    clock.advance(Duration.ofDays(31));
    assertThatThrownBy(() -> pc.users(c).restore(id)).isInstanceOf(NotFoundException.class)
        .satisfies(e -> assertThat(((PartnerCenterServiceException) e).errorCode()).contains("60002"));
  }

  @Test
  void licences_assignUntilExhausted_thenFails60012() {
    String c = fake.seed().customer("Contoso").subscription(BASIC, 2).users(3).lastCustomerId();
    List<User> users = all(pc.users(c).list());
    SubscribedSku sku = pc.licenses(c).subscribedSkus().stream().findFirst().orElseThrow();
    assertThat(sku.totalUnits()).contains(2);
    assertThat(sku.availableUnits()).contains(2);
    pc.licenses(c).assign(users.get(0).id(), BASIC_LICENCE);
    pc.licenses(c).assign(users.get(1).id(), BASIC_LICENCE);
    assertThat(pc.licenses(c).subscribedSkus().stream().findFirst().orElseThrow().availableUnits()).contains(0);
    assertThat(pc.licenses(c).userLicenses(users.get(0).id())).hasSize(1);
    assertThatThrownBy(() -> pc.licenses(c).assign(users.get(2).id(), BASIC_LICENCE))
        .isInstanceOf(BadRequestException.class)
        .satisfies(e -> assertThat(((PartnerCenterServiceException) e).errorCode()).contains("60012"));
    pc.licenses(c).remove(users.get(0).id(), BASIC_LICENCE);
    pc.licenses(c).assign(users.get(2).id(), BASIC_LICENCE);
    assertThat(pc.licenses(c).subscribedSkus().stream().findFirst().orElseThrow().consumedUnits()).contains(2);
  }

  @Test
  void audit_recordsSubscriptionHistory_filteredByCustomer() {
    String c = fake.seed().customer("Contoso").subscription(BASIC, 5).lastCustomerId();
    fake.seed().customer("Other").subscription(BASIC, 1);
    String sub = all(pc.subscriptions(c).list()).get(0).id();
    pc.subscriptions(c).changeQuantity(sub, 6);
    LocalDate today = LocalDate.of(2026, 1, 5);
    List<AuditRecord> records = all(pc.auditRecords().list(today.minusDays(1), today.plusDays(1),
        AuditFilter.customerId(c)));
    assertThat(records).isNotEmpty().allSatisfy(r -> assertThat(r.customerId()).contains(c));
    assertThat(records).extracting(r -> r.resourceNewValue().orElse("")).anyMatch(v -> v.contains("\"Quantity\":6"));
    assertThat(all(pc.auditRecords().list(today.minusDays(1), today.plusDays(1)))).hasSizeGreaterThan(records.size());
  }

  @Test
  void serviceRequests_createListGetUpdate() {
    ServiceRequest sr = pc.serviceRequests().create(ServiceRequest.builder().title("Cannot sign in").severity(io.cspsdk.core.model.ServiceRequestSeverity.CRITICAL).supportTopicId("32444671")
        .description("Users cannot sign in").build(), "en-US");
    assertThat(sr.id()).isPresent();
    assertThat(all(pc.serviceRequests().list())).hasSize(1);
    assertThat(pc.serviceRequests().get(sr.id().orElseThrow()).title()).contains("Cannot sign in");
    ServiceRequest updated = pc.serviceRequests().update(sr.id().orElseThrow(),
        ServiceRequest.builder().description("Resolved by reset").build());
    assertThat(updated.description()).contains("Resolved by reset");
  }
}
