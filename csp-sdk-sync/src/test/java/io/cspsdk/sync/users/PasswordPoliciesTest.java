package io.cspsdk.sync.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPoliciesTest {
  private static final String UPN = "adele.vance@contoso.onmicrosoft.com";
  private static final String NAME = "Adele Vance";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Sh0rt!x        | length",
      "alllower1!x    | uppercase",
      "ALLUPPER1!X    | lowercase",
      "NoDigits!here  | digit",
      "NoSymbol1here  | symbol",
      "Adele#2026xyz  | account-name",
      "Xx1!vanceXyz   | full-name"})
  void productDefault_breakingARule_namesTheRule(String password, String rule) {
    assertThatThrownBy(() -> PasswordPolicies.productDefault().check(password, "adele@contoso.onmicrosoft.com",
        "Zed Vance"))
        .isInstanceOf(PasswordPolicyException.class)
        .satisfies(e -> assertThat(((PasswordPolicyException) e).rule()).startsWith(rule))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(password));
  }

  @Test
  void productDefault_goodPassword_passes() {
    assertThatCode(() -> PasswordPolicies.productDefault().check("Tr0ub4dor&3x", UPN, NAME)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Ab1!xyz        | length",
      "lower1234567   | character-classes",
      "Pässwörd123!   | allowed-characters"})
  void entraCloud_breakingARule_namesTheRule(String password, String rule) {
    assertThatThrownBy(() -> PasswordPolicies.entraCloud().check(password, UPN, NAME))
        .isInstanceOf(PasswordPolicyException.class)
        .satisfies(e -> assertThat(((PasswordPolicyException) e).rule()).startsWith(rule));
  }

  @Test
  void entraCloud_threeOfFourClassesAndTheName_passesWhereTheProductRuleDoesNot() {
    assertThatCode(() -> PasswordPolicies.entraCloud().check("Adelevance2026", UPN, NAME)).doesNotThrowAnyException();
    assertThatThrownBy(() -> PasswordPolicies.productDefault().check("Adelevance2026", UPN, NAME))
        .isInstanceOf(PasswordPolicyException.class);
    assertThatThrownBy(() -> PasswordPolicies.entraCloud().check("x".repeat(257) + "A1", UPN, NAME))
        .satisfies(e -> assertThat(((PasswordPolicyException) e).rule()).startsWith("length"));
  }

  @Test
  void generate_bothPolicies_produceAcceptedPasswords() {
    for (PasswordPolicy p : new PasswordPolicy[] {PasswordPolicies.productDefault(), PasswordPolicies.entraCloud()}) {
      for (int i = 0; i < 50; i++) {
        Password pw = p.generate(UPN, NAME);
        assertThatCode(() -> p.check(pw.reveal(), UPN, NAME)).doesNotThrowAnyException();
        assertThat(pw.toString()).doesNotContain(pw.reveal());
      }
    }
  }
}
