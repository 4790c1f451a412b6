package io.cspsdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.cspsdk.core.ResourceGroupTestSupport.assertNothingSent;
import static io.cspsdk.core.ResourceGroupTestSupport.pc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.error.ForbiddenException;
import io.cspsdk.core.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DomainsApiTest extends WireMockApiTest {
  @Test
  void isAvailable_domainTaken200_returnsFalse() {
    wm.stubFor(head(urlEqualTo("/v1/domains/contoso.onmicrosoft.com")).willReturn(aResponse().withStatus(200)));

    assertThat(client.domains().isAvailable("contoso")).isFalse();

    wm.verify(pc(headRequestedFor(urlEqualTo("/v1/domains/contoso.onmicrosoft.com"))));
  }

  @Test
  void isAvailable_domainFree404_returnsTrue() {
    wm.stubFor(head(urlEqualTo("/v1/domains/wingtip2024.onmicrosoft.com")).willReturn(aResponse().withStatus(404)));

    assertThat(client.domains().isAvailable("Wingtip2024.onmicrosoft.com")).isTrue();

    wm.verify(pc(headRequestedFor(urlEqualTo("/v1/domains/wingtip2024.onmicrosoft.com"))));
  }

  @Test
  void isAvailable_otherError_throwsTypedException() {
    wm.stubFor(head(urlEqualTo("/v1/domains/contoso.onmicrosoft.com")).willReturn(aResponse().withStatus(403)));

    assertThatThrownBy(() -> client.domains().isAvailable("contoso")).isInstanceOf(ForbiddenException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "con_toso", "con-toso", "a234567890123456789012345678", "contoso..com", "-x.com",
      "contoso.onmicrosoft.com/../x"})
  void isAvailable_invalidPrefix_throwsValidationExceptionAndSendsNothing(String domain) {
    assertThatThrownBy(() -> client.domains().isAvailable(domain))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("domain"));
    assertNothingSent(wm);
  }
}
