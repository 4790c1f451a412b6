package io.cspsdk.core.invoices;


import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.error.OperationFailedException;
import io.cspsdk.core.error.ResponseParseException;
import io.cspsdk.core.error.RequestTimeoutException;
import io.cspsdk.core.model.ChargeType;
import io.cspsdk.core.model.ExportManifest;
import io.cspsdk.core.model.Fixtures;
import io.cspsdk.core.model.ReconciliationLineItem;
import io.cspsdk.core.model.UnbilledPeriod;
import io.cspsdk.core.testing.CapturingLogs;
import io.cspsdk.core.testing.FakeClock;
import io.cspsdk.core.testing.RecordingSleeper;
import io.cspsdk.core.testing.TestClients;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReconciliationExportTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String GRAPH = "/graph/v1.0/reports/partners/billing";
  static final String OPERATION = GRAPH + "/operations/6fe687d7-1e0f-4bd6-9091-4672691f64bc";
  static final String BLOBS = "/blobstore/invoice/v2/G000024135";

  private final FakeClock clock = new FakeClock();
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);
  private PartnerCenterClient client;
  private Invoices invoices;

  @BeforeEach
  void setUp() {
    client = TestClients.client(wm.baseUrl(), clock, sleeper);
    invoices = client.invoices();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  static String blobLine(String subscriptionId, String subtotal) {
    return "{\"PartnerId\":\"3b33e682\",\"CustomerId\":\"c0df6ee7\",\"CustomerName\":\"Contoso\",\"InvoiceNumber\":"
        + "\"G000024135\",\"SubscriptionId\":\"" + subscriptionId + "\",\"ChargeType\":\"cycleCharge\","
        + "\"UnitPrice\":\"22.5\",\"EffectiveUnitPrice\":19.125,\"BillableQuantity\":\"3\",\"Subtotal\":\""
        + subtotal + "\",\"PCToBCExchangeRate\":\"0.9234567891\",\"PCToBCExchangeRateDate\":\"2024-01-01T00:00:00\","
        + "\"ChargeStartDate\":\"2024-01-14T00:00:00Z\",\"Currency\":\"EUR\",\"ProductQualifiers\":[\"Trial\"]}";
  }

  private String manifestJson() {
    return Fixtures.text("export-manifest.json")
        .replace("https://adlsreconbuprodeastus201.blob.core.windows.net/invoice/v2/3b33e682/G000024135",
            wm.baseUrl() + BLOBS)
        .replace("part-00000-a7c2.json.gz", "part-0.json.gz")
        .replace("part-00001-a7c2.json.gz", "part-1.json.gz");
  }

  private void stubBlobs() throws IOException {
    wm.stubFor(get(urlPathEqualTo(BLOBS + "/part-0.json.gz")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/octet-stream")
        .withBody(gzip(blobLine("s1", "57.38") + "\n" + blobLine("s2", "0.000001") + "\n"))));
    wm.stubFor(get(urlPathEqualTo(BLOBS + "/part-1.json.gz")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/octet-stream")
        .withBody(gzip(blobLine("s3", "1") + "\r\n\r\n"))));
  }

  private void stubAccepted(String kind, int retryAfterSeconds) {
    wm.stubFor(post(urlEqualTo(GRAPH + "/reconciliation/" + kind + "/export")).willReturn(aResponse()
        .withStatus(202)
        .withHeader("Location", wm.baseUrl() + OPERATION)
        .withHeader("Retry-After", String.valueOf(retryAfterSeconds))));
  }

  @Test
  void exportBilled_pollsWithRetryAfter_thenStreamsAllBlobsWithoutAuthorization() throws IOException {
    stubAccepted("billed", 10);
    wm.stubFor(get(urlEqualTo(OPERATION)).inScenario("op").whenScenarioStateIs(STARTED)
        .willReturn(okJson(Fixtures.text("export-operation-running.json")).withHeader("Retry-After", "15"))
        .willSetStateTo("done"));
    wm.stubFor(get(urlEqualTo(OPERATION)).inScenario("op").whenScenarioStateIs("done")
        .willReturn(okJson("{\"@odata.type\":\"#microsoft.graph.partners.billing.exportSuccessOperation\","
            + "\"id\":\"6fe687d7-1e0f-4bd6-9091-4672691f64bc\",\"status\":\"succeeded\","
            + "\"resourceLocation@odata.navigationLink\":\"" + wm.baseUrl() + GRAPH + "/manifests/m-1\"}")));
    wm.stubFor(get(urlEqualTo(GRAPH + "/manifests/m-1")).willReturn(okJson(manifestJson())));
    stubBlobs();

    ReconciliationExport export = invoices.exportBilled("G000024135", AttributeSet.FULL,
        RequestOptions.builder().correlationId("corr-export").build());
    assertThat(export.isDone()).isFalse();
    assertThat(export.operationUrl()).endsWith(OPERATION);
    assertThatThrownBy(export::lineItems).isInstanceOf(IllegalStateException.class);

    ExportManifest manifest = export.waitForCompletion(Duration.ofMinutes(10));

    assertThat(manifest.blobCount()).contains(2);
    assertThat(export.isDone()).isTrue();
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(15));
    List<ReconciliationLineItem> items;
    try (Stream<ReconciliationLineItem> s = export.lineItems()) {
      items = s.collect(Collectors.toList());
    }
    assertThat(items).extracting(i -> i.subscriptionId().orElseThrow()).containsExactly("s1", "s2", "s3");
    ReconciliationLineItem first = items.get(0);
    assertThat(first.partnerId()).contains("3b33e682");
    assertThat(first.chargeType()).contains(ChargeType.CYCLE_CHARGE);
    assertThat(first.subtotal()).contains(new BigDecimal("57.38"));
    assertThat(first.effectiveUnitPrice()).contains(new BigDecimal("19.125"));
    assertThat(first.billableQuantity()).contains(new BigDecimal("3"));
    assertThat(first.pcToBCExchangeRate()).contains(new BigDecimal("0.9234567891"));
    assertThat(first.pcToBCExchangeRateDate()).contains(OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(items.get(1).subtotal().get().toPlainString()).isEqualTo("0.000001");

    wm.verify(postRequestedFor(urlEqualTo(GRAPH + "/reconciliation/billed/export"))
        .withHeader("Authorization", equalTo("Bearer " + TestClients.TOKEN))
        .withHeader("MS-CorrelationId", equalTo("corr-export"))
        .withHeader("MS-Contract-Version", absent())
        .withRequestBody(equalToJson("{\"invoiceId\":\"G000024135\",\"attributeSet\":\"full\"}")));
    wm.verify(2, getRequestedFor(urlEqualTo(OPERATION))
        .withHeader("Authorization", equalTo("Bearer " + TestClients.TOKEN)));
    wm.verify(getRequestedFor(urlEqualTo(GRAPH + "/manifests/m-1"))
        .withHeader("Authorization", equalTo("Bearer " + TestClients.TOKEN)));
    for (String blob : List.of("part-0.json.gz", "part-1.json.gz")) {
      wm.verify(1, getRequestedFor(urlPathEqualTo(BLOBS + "/" + blob))
          .withQueryParam("sig", equalTo("SECRETSIGNATURE"))
          .withQueryParam("sv", equalTo("2021-06-08"))
          .withHeader("Authorization", absent())
          .withHeader("MS-Contract-Version", absent()));
    }
  }

  @Test
  void export_neverLogsTheSasToken() throws IOException {
    stubAccepted("billed", 1);
    wm.stubFor(get(urlEqualTo(OPERATION)).willReturn(okJson("{\"status\":\"succeeded\",\"resourceLocation\":"
        + manifestJson() + "}")));
    stubBlobs();

    CapturingLogs.start();
    List<String> logs;
    try {
      ReconciliationExport export = invoices.exportBilled("G000024135", AttributeSet.FULL);
      try (Stream<ReconciliationLineItem> s = export.lineItems(Duration.ofMinutes(1))) {
        assertThat(s.count()).isEqualTo(3);
      }
      assertThat(export.toString()).doesNotContain("SECRETSIGNATURE");
    } finally {
      logs = CapturingLogs.stop();
    }
    // csp-sdk's own loggers only: Apache HttpClient's MainClientExec logs request lines with their query at DEBUG,
    // which includes a blob's SAS signature when org.apache.hc is set to DEBUG.
    List<String> ours = logs.stream().filter(l -> l.contains(" io.cspsdk.")).collect(Collectors.toList());
    assertThat(ours).isNotEmpty().noneMatch(line -> line.contains("SECRETSIGNATURE"));
  }

  @Test
  void exportUnbilled_postsPeriodCurrencyAndAttributeSet_andAcceptsCompletedWithInlineManifest()
      throws IOException {
    stubAccepted("unbilled", 5);
    wm.stubFor(get(urlEqualTo(OPERATION)).willReturn(okJson("{\"id\":\"op-u\",\"status\":\"completed\","
        + "\"resourceLocation\":" + manifestJson() + "}")));
    stubBlobs();

    ReconciliationExport export = invoices.exportUnbilled(UnbilledPeriod.PREVIOUS, "eur", AttributeSet.BASIC);
    long count;
    try (Stream<ReconciliationLineItem> s = export.lineItems(Duration.ofMinutes(1))) {
      count = s.count();
    }

    assertThat(count).isEqualTo(3);
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(5));
    wm.verify(postRequestedFor(urlEqualTo(GRAPH + "/reconciliation/unbilled/export"))
        .withHeader("Authorization", equalTo("Bearer " + TestClients.TOKEN))
        .withHeader("Content-Type", matching("application/json.*"))
        .withRequestBody(equalToJson("{\"billingPeriod\":\"last\",\"currencyCode\":\"EUR\","
            + "\"attributeSet\":\"basic\"}")));
  }

  @Test
  void lineItems_areLazy_closingAfterTheFirstItemNeverFetchesTheSecondBlob() throws IOException {
    stubAccepted("billed", 1);
    wm.stubFor(get(urlEqualTo(OPERATION)).willReturn(okJson("{\"status\":\"succeeded\",\"resourceLocation\":"
        + manifestJson() + "}")));
    stubBlobs();

    ReconciliationExport export = invoices.exportBilled("G000024135", AttributeSet.FULL);
    export.waitForCompletion(Duration.ofMinutes(1));
    try (Stream<ReconciliationLineItem> s = export.lineItems()) {
      assertThat(s.findFirst().flatMap(ReconciliationLineItem::subscriptionId)).contains("s1");
    }

    wm.verify(1, getRequestedFor(urlPathEqualTo(BLOBS + "/part-0.json.gz")));
    wm.verify(0, getRequestedFor(urlPathEqualTo(BLOBS + "/part-1.json.gz")));
  }

  @Test
  void waitForCompletion_failedOperation_throwsTypedErrorWithCode() {
    stubAccepted("billed", 10);
    wm.stubFor(get(urlEqualTo(OPERATION)).willReturn(okJson(Fixtures.text("export-operation-failed.json"))));

    ReconciliationExport export = invoices.exportBilled("G000024135", AttributeSet.BASIC);

    assertThatThrownBy(() -> export.waitForCompletion(Duration.ofMinutes(1)))
        .isInstanceOfSatisfying(OperationFailedException.class, e -> {
          assertThat(e.code()).contains("5000");
          assertThat(e.operationId()).isEqualTo("6fe687d7-1e0f-4bd6-9091-4672691f64bc");
          assertThat(e.getMessage()).contains("No data available");
        });
    assertThat(export.isDone()).isTrue();
    assertThatThrownBy(export::poll).isInstanceOf(OperationFailedException.class);
    assertThatThrownBy(export::lineItems).isInstanceOf(OperationFailedException.class);
    wm.verify(1, getRequestedFor(urlEqualTo(OPERATION)));
  }

  @Test
  void waitForCompletion_neverFinishing_timesOutOnTheFakeClock() {
    stubAccepted("billed", 60);
    wm.stubFor(get(urlEqualTo(OPERATION)).willReturn(okJson(Fixtures.text("export-operation-running.json"))
        .withHeader("Retry-After", "60")));

    ReconciliationExport export = invoices.exportBilled("G000024135", AttributeSet.FULL);

    assertThatThrownBy(() -> export.waitForCompletion(Duration.ofMinutes(3)))
        .isInstanceOf(RequestTimeoutException.class).hasMessageContaining("did not finish");
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(60), Duration.ofSeconds(60),
        Duration.ofSeconds(60));
    assertThat(export.isDone()).isFalse();
  }

  @Test
  void poll_singleStep_reportsRunningThenDone() {
    stubAccepted("billed", 10);
    wm.stubFor(get(urlEqualTo(OPERATION)).inScenario("p").whenScenarioStateIs(STARTED)
        .willReturn(okJson("{\"status\":\"notStarted\"}")).willSetStateTo("ok"));
    wm.stubFor(get(urlEqualTo(OPERATION)).inScenario("p").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"status\":\"succeeded\",\"resourceLocation\":" + manifestJson() + "}")));

    ReconciliationExport export = invoices.exportBilled("G000024135", AttributeSet.FULL);

    assertThat(export.poll()).isEmpty();
    assertThat(export.poll()).hasValueSatisfying(m -> assertThat(m.blobs()).hasSize(2));
    assertThat(export.poll()).isPresent();
    wm.verify(2, getRequestedFor(urlEqualTo(OPERATION)));
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void poll_202WithoutBodyAndRelativeLinks_countAsRunningAndResolveBelowGraph() {
    wm.stubFor(post(urlEqualTo(GRAPH + "/reconciliation/billed/export")).willReturn(aResponse().withStatus(202)
        .withHeader("Location", "/v1.0/reports/partners/billing/operations/op-rel")));
    wm.stubFor(get(urlEqualTo(GRAPH + "/operations/op-rel")).inScenario("rel").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(202).withHeader("Retry-After", "7")).willSetStateTo("ok"));
    wm.stubFor(get(urlEqualTo(GRAPH + "/operations/op-rel")).inScenario("rel").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"status\":\"succeeded\",\"resourceLocation@odata.navigationLink\":"
            + "\"reports/partners/billing/manifests/m-rel\"}")));
    wm.stubFor(get(urlEqualTo(GRAPH + "/manifests/m-rel")).willReturn(okJson(manifestJson())));

    ExportManifest manifest = invoices.exportBilled("G000024135", AttributeSet.FULL)
        .waitForCompletion(Duration.ofMinutes(1));

    assertThat(manifest.blobs()).hasSize(2);
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(7));
  }

  @Test
  void exportBilled_acceptedWithoutLocation_isResponseParseException() {
    wm.stubFor(post(urlEqualTo(GRAPH + "/reconciliation/billed/export")).willReturn(aResponse().withStatus(202)));

    assertThatThrownBy(() -> invoices.exportBilled("G000024135", AttributeSet.FULL))
        .isInstanceOfSatisfying(ResponseParseException.class, e -> assertThat(e.path()).isEqualTo("Location"));
  }

  @Test
  void lineItems_malformedBlobLine_isResponseParseExceptionNamingBlobLineAndField() throws IOException {
    stubAccepted("billed", 1);
    wm.stubFor(get(urlEqualTo(OPERATION)).willReturn(okJson("{\"status\":\"succeeded\",\"resourceLocation\":"
        + manifestJson() + "}")));
    wm.stubFor(get(urlPathEqualTo(BLOBS + "/part-0.json.gz")).willReturn(aResponse().withStatus(200)
        .withBody(gzip(blobLine("s1", "1") + "\n" + blobLine("s2", "not-a-number") + "\n"))));

    ReconciliationExport export = invoices.exportBilled("G000024135", AttributeSet.FULL);
    export.waitForCompletion(Duration.ofMinutes(1));

    try (Stream<ReconciliationLineItem> s = export.lineItems()) {
      assertThatThrownBy(() -> s.collect(Collectors.toList()))
          .isInstanceOfSatisfying(ResponseParseException.class, e -> {
            assertThat(e.path()).isEqualToIgnoringCase("blobs[0].lines[1].subtotal");
            assertThat(e.getMessage()).doesNotContain("not-a-number");
          });
    }
    wm.verify(0, anyRequestedFor(urlPathMatching(".*part-1.*")));
  }
}
