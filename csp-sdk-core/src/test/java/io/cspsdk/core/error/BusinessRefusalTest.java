package io.cspsdk.core.error;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.RetryOptions;
import io.cspsdk.core.testing.FakeClock;
import io.cspsdk.core.testing.RecordingSleeper;
import io.cspsdk.core.testing.TestClients;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BusinessRefusalTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final FakeClock clock = new FakeClock();
  private final PartnerCenterClient client = TestClients.builder(wm.baseUrl(), clock, new RecordingSleeper(clock))
      .retryOptions(RetryOptions.none()).build();

  @AfterEach
  void tearDown() {
    client.close();
  }

  private PartnerCenterException failure(int status, String body) {
    wm.stubFor(get("/v1/x").willReturn(aResponse().withStatus(status).withBody(body)
        .withHeader("Content-Type", "application/json")));
    try {
      client.raw().get("/x", Map.class);
    } catch (PartnerCenterException e) {
      return e;
    }
    throw new AssertionError("no exception");
  }

  @Test
  void of_seatDecreaseCode_isSeatDecreaseRefusalWithDateFromData() {
    PartnerCenterException e = failure(400, "{\"code\":800090,\"description\":\"Quantity cannot be decreased.\","
        + "\"data\":[\"subscription s1\",\"refundable until 2026-03-08T10:15:00Z\"]}");

    assertThat(e).isInstanceOf(SeatDecreaseRefusedException.class).isInstanceOf(BadRequestException.class);
    BusinessRefusal refusal = (BusinessRefusal) e;
    assertThat(refusal.reason()).isEqualTo(RefusalReason.SEAT_DECREASE_NOT_ALLOWED);
    assertThat(refusal.operation()).isEqualTo("removeQuantity");
    assertThat(refusal.rule()).isEqualTo("Quantity cannot be decreased.");
    assertThat(refusal.allowedUntil()).contains(OffsetDateTime.parse("2026-03-08T10:15:00Z"));
    assertThat(e.isRetryable()).isFalse();
  }

  @Test
  void of_cancellationCode_isCancellationRefusalWithDateFromDescription() {
    PartnerCenterException e = failure(400, "{\"code\":\"900117\",\"description\":\"The cancellation window ended "
        + "2026-02-08T00:00:00+01:00.\"}");

    assertThat(e).isInstanceOf(CancellationRefusedException.class);
    assertThat(((BusinessRefusal) e).reason()).isEqualTo(RefusalReason.CANCELLATION_WINDOW_CLOSED);
    assertThat(((BusinessRefusal) e).allowedUntil()).contains(OffsetDateTime.parse("2026-02-08T00:00:00+01:00"));
  }

  @Test
  void of_agreementOfferAndLicenceCodes_areTheirRefusals() {
    assertThat(failure(400, "{\"code\":13605,\"description\":\"no agreement\"}"))
        .isInstanceOf(AgreementMissingException.class)
        .extracting(e -> ((BusinessRefusal) e).reason()).isEqualTo(RefusalReason.AGREEMENT_MISSING);
    assertThat(failure(400, "{\"code\":800004,\"description\":\"invalid offer\"}"))
        .isInstanceOf(UnknownCatalogItemException.class)
        .extracting(e -> ((BusinessRefusal) e).reason()).isEqualTo(RefusalReason.UNKNOWN_CATALOG_ITEM);
    assertThat(failure(400, "{\"code\":60012,\"description\":\"no licences\"}"))
        .isInstanceOf(NoLicensesLeftException.class)
        .extracting(e -> ((BusinessRefusal) e).allowedUntil()).isEqualTo(java.util.Optional.empty());
  }

  @Test
  void of_refusalCodeWithAnotherStatus_keepsTheStatusType() {
    PartnerCenterException e = failure(404, "{\"code\":800004,\"description\":\"Offer X was not found.\"}");

    assertThat(e).isExactlyInstanceOf(NotFoundException.class).isNotInstanceOf(BusinessRefusal.class);
  }

  @Test
  void isRetryable_transientStatuses_true_othersFalse() {
    assertThat(failure(503, "{\"code\":1,\"description\":\"busy\"}").isRetryable()).isTrue();
    assertThat(failure(429, "{\"statusCode\":429,\"message\":\"slow down\"}").isRetryable()).isTrue();
    assertThat(failure(408, "{\"message\":\"timeout\"}").isRetryable()).isTrue();
    assertThat(failure(501, "{\"message\":\"not implemented\"}").isRetryable()).isFalse();
    assertThat(failure(409, "{\"code\":800060,\"description\":\"in progress\"}").isRetryable()).isFalse();
    assertThat(failure(200, "{not json").isRetryable()).isFalse();
  }

  @Test
  void isRetryable_clientSideFailures() {
    assertThat(new ConnectionException("refused", null, "r", "c", 3).isRetryable()).isTrue();
    assertThat(new RequestTimeoutException("deadline", null, "r", "c", 3).isRetryable()).isTrue();
    assertThat(new ValidationException("quantity", "must be positive").isRetryable()).isFalse();
    assertThat(new CredentialException("bad secret", "invalid_client", null).isRetryable()).isFalse();
  }
}
