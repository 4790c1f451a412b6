package io.cspsdk.sync.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserSyncPasswordsTest extends UserSyncFixture {

  @Test
  void apply_givenPasswordBreakingTheProductRule_failsTheCreationNamingTheRule() {
    put("alex", "Alex Wilber");
    UserSync sync = sync(settings().passwordSource((c, upn) -> Optional.of(Password.of("alexPass1!"))).build());
    ApplyResult r = sync.apply(sync.plan(customer));
    StepOutcome o = r.outcomes().get(0);
    assertThat(o.status()).isEqualTo(StepOutcome.Status.FAILED);
    assertThat(o.detail()).contains("account-name").doesNotContain("alexPass1!");
    assertThat(pcUsers()).isEmpty();
    assertThat(deliveries).isEmpty();
  }

  @Test
  void apply_givenPasswordUnderTheEntraPolicy_isAcceptedWithThreeClasses() {
    put("alex", "Alex Wilber");
    UserSync sync = sync(settings().passwordPolicy(PasswordPolicies.entraCloud())
        .passwordSource((c, upn) -> Optional.of(Password.of("correcthorse42X"))).build());
    ApplyResult r = sync.apply(sync.plan(customer));
    assertThat(r.allSucceeded()).isTrue();
    assertThat(delivered).extracting(Password::reveal).containsExactly("correcthorse42X");
  }

  @Test
  void apply_givenPasswordBreakingTheEntraPolicy_failsNamingTheRule() {
    put("alex", "Alex Wilber");
    UserSync sync = sync(settings().passwordPolicy(PasswordPolicies.entraCloud())
        .passwordSource((c, upn) -> Optional.of(Password.of("alllowercase"))).build());
    ApplyResult r = sync.apply(sync.plan(customer));
    assertThat(r.outcomes().get(0).detail()).contains("character-classes");
    assertThat(pcUsers()).isEmpty();
  }

  @Test
  void apply_generatedPassword_isDeliveredOnceAndShownNowhere() {
    put("alex", "Alex Wilber", BASIC_SKU);
    UserSync sync = sync();
    SyncPlan plan = sync.plan(customer);
    ApplyResult r = sync.apply(plan);
    assertThat(delivered).hasSize(1);
    String password = delivered.get(0).reveal();
    PasswordPolicies.productDefault().check(password, "alex@" + DOMAIN, "Alex Wilber");
    assertThat(plan.toText() + plan.toJson() + r + sync.stats() + delivered).doesNotContain(password);
    assertThat(links.links(customer).toString()).doesNotContain(password);
    assertThat(fake.requests()).filteredOn(q -> q.method().equals("POST") && q.path().endsWith("/users"))
        .singleElement().satisfies(q -> assertThat(q.body()).contains(password));
  }

  @Test
  void apply_deliveryFails_reportsTheCreatedUserAsPartial() {
    put("alex", "Alex Wilber");
    UserSync sync = UserSync.builder(pc, dir).links(links).clock(clock)
        .passwordDelivery((c, upn, side, p) -> {
          throw new IllegalStateException("mail server down");
        }).build();
    ApplyResult r = sync.apply(sync.plan(customer));
    assertThat(r.outcomes().get(0).status()).isEqualTo(StepOutcome.Status.PARTIAL);
    assertThat(r.outcomes().get(0).detail()).contains("password delivery failed").contains("reset the password");
    assertThat(pcUsers()).hasSize(1);
    assertThat(sync.plan(customer).isEmpty()).isTrue();
  }
}
