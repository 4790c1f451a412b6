package io.cspsdk.core.model;


import com.fasterxml.jackson.databind.JsonNode;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.internal.json.Json;
import io.cspsdk.core.internal.validation.UserRules;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserModelTest {

  @Test
  void user_partnerCenterJson_readsAllFieldsAndRoundTrips() throws Exception {
    User u = Json.mapper().readValue(Fixtures.text("user.json"), User.class);
    assertThat(u.id()).contains("4b10bf41-ab11-40e3-8c53-cd67849b50ef");
    assertThat(u.userPrincipalName()).contains("ferdinand@contoso.onmicrosoft.com");
    assertThat(u.firstName()).contains("Ferdinand");
    assertThat(u.lastName()).contains("Filibuster");
    assertThat(u.displayName()).contains("Ferdinand Filibuster");
    assertThat(u.usageLocation()).contains("US");
    assertThat(u.immutableId()).contains("aW1tdXRhYmxl");
    assertThat(u.phoneNumber()).contains("+1 425 555 0100");
    assertThat(u.userDomainType()).contains("none");
    assertThat(u.state()).contains(UserState.ACTIVE);
    assertThat(u.softDeletionTime()).isEmpty();
    assertThat(u.lastDirectorySyncTime()).isEmpty();

    String json = Json.mapper().writeValueAsString(u);
    assertThat(Json.mapper().readValue(json, User.class)).isEqualTo(u);
    assertThat(json).doesNotContain("links").doesNotContain("softDeletionTime");
  }

  @Test
  void user_deletedWithOddCasingAndExtraFields_parsesStateAndDeletionTime() throws Exception {
    User u = Json.mapper().readValue(Fixtures.text("user-deleted.json"), User.class);
    assertThat(u.state()).contains(UserState.INACTIVE);
    assertThat(u.state().get().value()).isEqualTo("inactive");
    assertThat(u.softDeletionTime())
        .contains(OffsetDateTime.of(2019, 5, 20, 23, 19, 41, 91352300, ZoneOffset.UTC));
    assertThat(u.firstName()).isEmpty();
  }

  @Test
  void userState_unknownValue_isKeptAndWrittenBack() throws Exception {
    String json = "{\"id\":\"u1\",\"userPrincipalName\":\"a@contoso.onmicrosoft.com\",\"state\":\"pendingDeletion\"}";
    User u = Json.mapper().readValue(json, User.class);
    assertThat(u.state().get().isKnown()).isFalse();
    assertThat(Json.mapper().writeValueAsString(u)).isEqualTo(json);
  }

  @Test
  void passwordProfile_toString_redactsPassword_butJsonCarriesIt() throws Exception {
    PasswordProfile p = PasswordProfile.builder().password("S3cret!Pass").forceChangePassword(true).build();
    User u = User.builder().id("u1").userPrincipalName("u1@contoso.onmicrosoft.com").passwordProfile(p).build();
    assertThat(p.toString()).doesNotContain("S3cret!Pass").contains("****");
    assertThat(u.toString()).doesNotContain("S3cret!Pass");
    JsonNode json = Json.mapper().valueToTree(u);
    assertThat(json.at("/passwordProfile/password").asText()).isEqualTo("S3cret!Pass");
    assertThat(json.at("/passwordProfile/forceChangePassword").asBoolean()).isTrue();
  }

  private static NewUser.Builder valid() {
    return NewUser.builder().userPrincipalName("jane.doe@contoso.onmicrosoft.com").displayName("Jane Doe")
        .usageLocation("us").password("Passw0rd!");
  }

  @Test
  void newUser_valid_builds_andRedactsPassword() {
    NewUser n = valid().firstName("Jane").lastName("Doe").build();
    assertThat(n.toString()).doesNotContain("Passw0rd!");
    assertThat(n.forceChangePassword()).isTrue();
    assertThat(n.firstName()).contains("Jane");
    assertThat(valid().forceChangePassword(false).build().forceChangePassword()).isFalse();
  }

  @Test
  void user_withoutIdOrUserPrincipalName_isRefusedByTheBuilder() {
    assertThatThrownBy(() -> User.builder().userPrincipalName("a@contoso.onmicrosoft.com").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("id");
    assertThatThrownBy(() -> User.builder().id("u1").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("userPrincipalName");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jane", "jane@", "@contoso.com", "jane@@contoso.com", "jane@contoso", "ja ne@contoso.com",
      ".jane@contoso.com", "jane..doe@contoso.com", "jane@contoso..com", "jane@-contoso.com"})
  void newUser_upnNotEmailShaped_isRefusedNamingTheField(String upn) {
    assertThatThrownBy(() -> valid().userPrincipalName(upn).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("userPrincipalName");
          assertThat(e.rule()).contains("email-shaped");
        });
  }

  @Test
  void newUser_upnTooLong_isRefused() {
    String local = "a".repeat(65);
    assertThatThrownBy(() -> valid().userPrincipalName(local + "@contoso.com").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).contains("64"));
    String domain = "d".repeat(60) + "." + "e".repeat(50) + ".com";
    assertThatThrownBy(() -> valid().userPrincipalName("jane@" + domain).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).contains("113"));
  }

  @Test
  void newUser_usageLocationNotTwoLetters_isRefused() {
    for (String loc : List.of("USA", "U", "1A", "")) {
      assertThatThrownBy(() -> valid().usageLocation(loc).build())
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("usageLocation"));
    }
  }

  @Test
  void newUser_blankDisplayName_isRefused() {
    assertThatThrownBy(() -> valid().displayName("  ").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("displayName");
          assertThat(e.rule()).isEqualTo("is required");
        });
  }

  @Test
  void newUser_missingRequiredField_isValidationErrorNamingIt() {
    assertThatThrownBy(() -> NewUser.builder().displayName("Jane").usageLocation("US").password("Passw0rd!").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("userPrincipalName"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Passw0rd!", "password1!", "PASSWORD1!", "Password1", "Pass word!", "Aa1{}[]|\\:;<>",
      "Pässword1", "12345678aB"})
  void checkPassword_entraRules(String password) {
    boolean asciiOnly = password.chars().allMatch(c -> c < 128);
    if (asciiOnly) {
      UserRules.checkPassword("password", password);
    } else {
      assertThatThrownBy(() -> UserRules.checkPassword("password", password))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).contains("may contain only"));
    }
  }

  @Test
  void checkPassword_tooShortTooLongOrTooFewKinds_isRefusedWithoutEchoingIt() {
    assertThatThrownBy(() -> UserRules.checkPassword("password", "Pa1!"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).contains("8 to 256"));
    assertThatThrownBy(() -> UserRules.checkPassword("password", "Aa1!".repeat(65)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).contains("8 to 256"));
    assertThatThrownBy(() -> UserRules.checkPassword("password", "alllowercase1"))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.rule()).contains("three of the four");
          assertThat(e.getMessage()).doesNotContain("alllowercase1");
        });
    assertThatThrownBy(() -> valid().password("short").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("password"));
  }
}
