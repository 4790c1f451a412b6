package io.cspsdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.cspsdk.core.ResourceGroupTestSupport.collection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cspsdk.core.error.ResponseParseException;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.core.testing.TestClients;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fields Partner Center always sends are required: an answer without one (or with JSON {@code null} in it) is a
 * {@link ResponseParseException} naming the JSON path, never a silent default; optional and defaulted fields stay
 * lenient; the error carries neither the access token nor the body's secrets.
 */
class RequiredFieldsTest extends WireMockApiTest {
  private static final String CID = "c1";
  private static final String BASE = "/v1/customers/" + CID + "/subscriptions";
  private static final String SECRET = "Sup3rS3cretAdminPassw0rd";

  /** A complete subscription with {@code replace} applied as a textual substitution. */
  private static String subscription(String id, String from, String to) {
    String full = "{\"id\":\"" + id + "\",\"offerId\":\"CFQ7TTC0LH18:0001:CFQ7TTC0K5DJ\",\"quantity\":12,"
        + "\"status\":\"active\",\"billingCycle\":\"monthly\",\"autoRenewEnabled\":true,"
        + "\"password\":\"" + SECRET + "\"}";
    return from == null ? full : full.replace(from, to);
  }

  private ResponseParseException getFails(String body) {
    wm.stubFor(get(urlEqualTo(BASE + "/s1")).willReturn(okJson(body)));
    return catchThrowableOfType(ResponseParseException.class, () -> client.subscriptions(CID).get("s1"));
  }

  @Test
  void get_subscriptionWithoutStatus_failsNamingStatus() {
    ResponseParseException e = getFails(subscription("s1", "\"status\":\"active\",", ""));

    assertThat(e).isNotNull();
    assertThat(e.path()).isEqualTo("status");
    assertThat(e.getMessage()).contains("at status").contains("required field is missing or null");
  }

  @Test
  void get_subscriptionWithNullQuantity_failsNamingQuantityInsteadOfReadingZero() {
    ResponseParseException e = getFails(subscription("s1", "\"quantity\":12", "\"quantity\":null"));

    assertThat(e).isNotNull();
    assertThat(e.path()).isEqualTo("quantity");
    assertThat(e.getMessage()).contains("at quantity");
  }

  @Test
  void get_subscriptionWithBlankStatus_failsNamingStatus() {
    ResponseParseException e = getFails(subscription("s1", "\"status\":\"active\"", "\"status\":\"\""));

    assertThat(e).isNotNull();
    assertThat(e.path()).isEqualTo("status");
  }

  @Test
  void get_subscriptionMissingSeveralFields_namesTheFirstAndListsTheOthers() {
    ResponseParseException e = getFails("{\"id\":\"s1\",\"quantity\":1}");

    assertThat(e).isNotNull();
    assertThat(e.path()).isEqualTo("offerId");
    assertThat(e.getMessage()).contains("also missing: status, billingCycle");
  }

  @Test
  void list_thirdItemWithoutId_failsNamingItems2Id() {
    wm.stubFor(get(urlEqualTo(BASE)).willReturn(okJson(collection(null, null, subscription("s1", null, null),
        subscription("s2", null, null), subscription("s3", "\"id\":\"s3\",", "")))));

    ResponseParseException e = catchThrowableOfType(ResponseParseException.class,
        () -> client.subscriptions(CID).list().stream().count());

    assertThat(e).isNotNull();
    assertThat(e.path()).isEqualTo("items[2].id");
    assertThat(e.getMessage()).contains("at items[2].id");
  }

  @Test
  void list_invoiceWithoutId_failsNamingThePath() {
    wm.stubFor(get(urlEqualTo("/v1/invoices?size=100&offset=0")).willReturn(okJson(
        "{\"totalCount\":2,\"items\":[{\"id\":\"G1\"},{\"invoiceDate\":\"2024-01-01\"}]}")));

    ResponseParseException e = catchThrowableOfType(ResponseParseException.class,
        () -> client.invoices().list().stream().count());

    assertThat(e).isNotNull();
    assertThat(e.path()).isEqualTo("items[1].id");
  }

  @Test
  void listUsers_userWithoutUserPrincipalName_failsNamingThePath() {
    wm.stubFor(get(urlEqualTo("/v1/customers/" + CID + "/users?size=500")).willReturn(okJson(collection(null, null,
        "{\"id\":\"u1\",\"userPrincipalName\":\"a@contoso.onmicrosoft.com\"}",
        "{\"id\":\"u2\",\"userPrincipalName\":null,\"displayName\":\"B\"}"))));

    ResponseParseException e = catchThrowableOfType(ResponseParseException.class,
        () -> client.users(CID).list().stream().count());

    assertThat(e).isNotNull();
    assertThat(e.path()).isEqualTo("items[1].userPrincipalName");
  }

  @Test
  void get_nullForADefaultedFlag_readsItsDefault() {
    wm.stubFor(get(urlEqualTo(BASE + "/s1")).willReturn(okJson(
        subscription("s1", "\"autoRenewEnabled\":true", "\"autoRenewEnabled\":null,\"isTrial\":null"))));

    Subscription s = client.subscriptions(CID).get("s1");

    assertThat(s.autoRenewEnabled()).isFalse();
    assertThat(s.isTrial()).isFalse();
    assertThat(s.quantity()).isEqualTo(12);
  }

  @Test
  void missingField_errorCarriesNeitherTokenNorBodySecrets() {
    ResponseParseException e = getFails(subscription("s1", "\"status\":\"active\",", ""));

    assertThat(e).isNotNull();
    List<String> texts = new ArrayList<>();
    for (Throwable t = e; t != null; t = t.getCause()) {
      texts.add(String.valueOf(t.getMessage()));
      texts.add(t.toString());
    }
    assertThat(texts).noneMatch(t -> t.contains(TestClients.TOKEN)).noneMatch(t -> t.contains(SECRET));
  }
}
