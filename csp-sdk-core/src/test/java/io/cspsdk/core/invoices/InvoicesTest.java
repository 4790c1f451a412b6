package io.cspsdk.core.invoices;


import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.cspsdk.core.ContinuationToken;
import io.cspsdk.core.Page;
import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.error.ResponseParseException;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.ChargeType;
import io.cspsdk.core.model.Fixtures;
import io.cspsdk.core.model.Invoice;
import io.cspsdk.core.model.InvoiceType;
import io.cspsdk.core.model.LegacyLicenseLineItem;
import io.cspsdk.core.model.LegacyUsageLineItem;
import io.cspsdk.core.model.ReconciliationLineItem;
import io.cspsdk.core.model.UnbilledPeriod;
import io.cspsdk.core.testing.FakeClock;
import io.cspsdk.core.testing.RecordingSleeper;
import io.cspsdk.core.testing.TestClients;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoicesTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String LINE_ITEMS = "/v1/invoices/G000024135/lineitems";
  static final String FIRST_PAGE = LINE_ITEMS + "?provider=onetime&invoicelineitemtype=billinglineitems"
      + "&currencycode=USD&size=2000";
  static final String NEXT = "/invoices/G000024135/lineitems/OneTime/BillingLineItems?currencycode=USD&size=2000"
      + "&seekOperation=Next";

  private final FakeClock clock = new FakeClock();
  private PartnerCenterClient client;
  private Invoices invoices;

  @BeforeEach
  void setUp() {
    client = TestClients.client(wm.baseUrl(), clock, new RecordingSleeper(clock));
    invoices = client.invoices();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static RequestPatternBuilder partnerCenter(RequestPatternBuilder r) {
    return r.withHeader("Authorization", equalTo("Bearer " + TestClients.TOKEN))
        .withHeader("MS-Contract-Version", equalTo("v1"))
        .withHeader("MS-RequestId", matching("[0-9a-f-]{36}"));
  }

  static String envelope(List<String> items, String nextUri, String token) {
    String next = nextUri == null ? "" : ",\"next\":{\"uri\":\"" + nextUri + "\",\"method\":\"GET\",\"headers\":"
        + "[{\"key\":\"MS-ContinuationToken\",\"value\":\"" + token + "\"}]}";
    return "{\"totalCount\":" + items.size() + ",\"items\":[" + String.join(",", items) + "],\"links\":{\"self\":"
        + "{\"uri\":\"/self\",\"method\":\"GET\",\"headers\":[]}" + next + "},\"attributes\":{\"objectType\":"
        + "\"Collection\"}}";
  }

  static String lineItem(String subscriptionId, String subtotal) {
    return "{\"partnerId\":\"p1\",\"customerId\":\"c1\",\"invoiceNumber\":\"G000024135\",\"subscriptionId\":\""
        + subscriptionId + "\",\"chargeType\":\"new\",\"unitPrice\":\"6\",\"quantity\":\"10\",\"subtotal\":\""
        + subtotal + "\",\"currency\":\"USD\",\"chargeStartDate\":\"2024-01-14T00:00:00Z\","
        + "\"attributes\":{\"objectType\":\"OneTimeInvoiceLineItem\"}}";
  }

  @Test
  void list_offsetPagedAcrossTwoPages() {
    List<String> first = IntStream.range(0, 100).mapToObj(i -> "{\"id\":\"G" + i + "\",\"totalCharges\":\"" + i
        + ".10\",\"currencyCode\":\"USD\",\"invoiceType\":\"recurring\",\"invoiceDetails\":[]}")
        .collect(Collectors.toList());
    wm.stubFor(get(urlEqualTo("/v1/invoices?size=100&offset=0")).willReturn(okJson(
        "{\"totalCount\":103,\"items\":[" + String.join(",", first) + "]}")));
    wm.stubFor(get(urlEqualTo("/v1/invoices?size=100&offset=100")).willReturn(okJson(
        "{\"totalCount\":103,\"items\":[{\"id\":\"G100\"},{\"id\":\"G101\"},{\"id\":\"G102\"}]}")));

    List<Invoice> all = invoices.list().stream().collect(Collectors.toList());

    assertThat(all).hasSize(103);
    assertThat(all.get(99).totalCharges()).contains(new BigDecimal("99.10"));
    assertThat(all.get(0).invoiceType()).contains(InvoiceType.RECURRING);
    assertThat(all.get(102).id()).contains("G102");
    wm.verify(partnerCenter(getRequestedFor(urlEqualTo("/v1/invoices?size=100&offset=0"))));
    wm.verify(partnerCenter(getRequestedFor(urlEqualTo("/v1/invoices?size=100&offset=100"))));
  }

  @Test
  void get_readsInvoice() {
    wm.stubFor(get(urlEqualTo("/v1/invoices/G000024135")).willReturn(okJson(Fixtures.text("invoice.json"))));

    Invoice invoice = invoices.get("G000024135", RequestOptions.builder().correlationId("corr-inv").build());

    assertThat(invoice.totalCharges()).contains(new BigDecimal("1234.56"));
    assertThat(invoice.invoiceDetails()).hasSize(1);
    wm.verify(partnerCenter(getRequestedFor(urlEqualTo("/v1/invoices/G000024135")))
        .withHeader("MS-CorrelationId", equalTo("corr-inv")));
  }

  @Test
  void statement_streamsThePdf() throws Exception {
    byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
    wm.stubFor(get(urlEqualTo("/v1/invoices/G000024135/documents/statement")).willReturn(aResponse()
        .withStatus(200).withHeader("Content-Type", "application/pdf").withBody(pdf)));

    try (InputStream in = invoices.statement("G000024135")) {
      assertThat(in.readAllBytes()).isEqualTo(pdf);
    }
    wm.verify(partnerCenter(getRequestedFor(urlEqualTo("/v1/invoices/G000024135/documents/statement")))
        .withHeader("Accept", equalTo("application/pdf")));
  }

  @Test
  void billedLineItems_followThreeSeekPagesWithContinuationTokens() {
    wm.stubFor(get(urlEqualTo(FIRST_PAGE)).willReturn(okJson(envelope(
        List.of(lineItem("s1", "51.00"), lineItem("s2", "12.345")), NEXT, "tok-2"))));
    wm.stubFor(get(urlEqualTo(NEXT.replace("/invoices", "/v1/invoices")))
        .withHeader("MS-ContinuationToken", equalTo("tok-2"))
        .willReturn(okJson(envelope(List.of(lineItem("s3", "1")), "/v1" + NEXT, "tok-3"))));
    wm.stubFor(get(urlEqualTo(NEXT.replace("/invoices", "/v1/invoices")))
        .withHeader("MS-ContinuationToken", equalTo("tok-3"))
        .willReturn(okJson(envelope(List.of(lineItem("s4", "0.01")), null, null))));

    List<ReconciliationLineItem> items = invoices.billedLineItems("G000024135", "usd").stream()
        .collect(Collectors.toList());

    assertThat(items).extracting(i -> i.subscriptionId().orElseThrow()).containsExactly("s1", "s2", "s3", "s4");
    assertThat(items.get(1).subtotal()).contains(new BigDecimal("12.345"));
    assertThat(items.get(0).chargeType()).contains(ChargeType.NEW);
    wm.verify(partnerCenter(getRequestedFor(urlEqualTo(FIRST_PAGE))));
    wm.verify(partnerCenter(getRequestedFor(urlEqualTo(NEXT.replace("/invoices", "/v1/invoices"))))
        .withHeader("MS-ContinuationToken", equalTo("tok-2")));
    wm.verify(partnerCenter(getRequestedFor(urlEqualTo(NEXT.replace("/invoices", "/v1/invoices"))))
        .withHeader("MS-ContinuationToken", equalTo("tok-3")));
    wm.verify(3, anyRequestedFor(anyUrl()));
  }

  @Test
  void billedLineItems_resumeFromContinuationToken_sendsTheSavedHeader() {
    wm.stubFor(get(urlEqualTo(LINE_ITEMS + "?provider=onetime&invoicelineitemtype=billinglineitems&size=2000"))
        .willReturn(okJson(envelope(List.of(lineItem("s1", "1")), NEXT, "tok-2"))));
    wm.stubFor(get(urlEqualTo(NEXT.replace("/invoices", "/v1/invoices")))
        .withHeader("MS-ContinuationToken", equalTo("tok-2"))
        .willReturn(okJson(envelope(List.of(lineItem("s2", "2")), null, null))));

    Iterator<Page<ReconciliationLineItem>> pages = invoices.billedLineItems("G000024135").byPage().iterator();
    ContinuationToken saved = pages.next().continuationToken().orElseThrow();
    List<ReconciliationLineItem> rest = new ArrayList<>();
    invoices.billedLineItems("G000024135").resumeFrom(ContinuationToken.parse(saved.asString())).forEach(rest::add);

    assertThat(rest).extracting(i -> i.subscriptionId().orElseThrow()).containsExactly("s2");
  }

  @Test
  void unbilledLineItems_sendCurrencyAndPeriod() {
    String url = "/v1/invoices/unbilled/lineitems?provider=onetime&invoicelineitemtype=billinglineitems"
        + "&currencycode=EUR&period=previous&size=2000";
    wm.stubFor(get(urlEqualTo(url)).willReturn(okJson(envelope(List.of(lineItem("u1", "9.99")), null, null))));

    List<ReconciliationLineItem> items = invoices.unbilledLineItems("EUR", UnbilledPeriod.PREVIOUS).stream()
        .collect(Collectors.toList());

    assertThat(items).singleElement().satisfies(i -> assertThat(i.subtotal()).contains(new BigDecimal("9.99")));
    wm.verify(partnerCenter(getRequestedFor(urlEqualTo(url))));
  }

  @Test
  void legacyLineItems_offsetPagedWithProvider() {
    String base = "/v1/invoices/D060000001/lineitems?provider=office&invoicelineitemtype=billinglineitems";
    String template = Fixtures.text("legacy-line-item.json");
    List<String> first = IntStream.range(0, 200).mapToObj(i -> template.replace("\"quantity\": 25",
        "\"quantity\": " + i)).collect(Collectors.toList());
    wm.stubFor(get(urlEqualTo(base + "&size=200&offset=0")).willReturn(okJson(
        "{\"totalCount\":201,\"items\":[" + String.join(",", first) + "]}")));
    wm.stubFor(get(urlEqualTo(base + "&size=200&offset=200")).willReturn(okJson(
        "{\"totalCount\":201,\"items\":[" + template + "]}")));

    List<LegacyLicenseLineItem> items = invoices.legacyLineItems("D060000001", LegacyProvider.OFFICE).stream()
        .collect(Collectors.toList());

    assertThat(items).hasSize(201);
    assertThat(items.get(199).quantity()).contains(new BigDecimal("199"));
    assertThat(items.get(200).chargeType()).contains(ChargeType.CYCLE_FEE);
    wm.verify(partnerCenter(getRequestedFor(urlEqualTo(base + "&size=200&offset=0"))));
    wm.verify(partnerCenter(getRequestedFor(urlEqualTo(base + "&size=200&offset=200"))));
  }

  @Test
  void legacyLineItems_azureProvider_isSent() {
    String url = "/v1/invoices/D060000001/lineitems?provider=azure&invoicelineitemtype=billinglineitems"
        + "&size=200&offset=0";
    wm.stubFor(get(urlEqualTo(url)).willReturn(okJson("{\"totalCount\":1,\"items\":["
        + Fixtures.text("legacy-usage-line-item.json") + "]}")));

    List<LegacyUsageLineItem> items = invoices.legacyLineItems("D060000001", LegacyProvider.AZURE).stream()
        .collect(Collectors.toList());

    assertThat(items).singleElement().satisfies(i -> {
      assertThat(i.serviceName()).contains("Storage");
      assertThat(i.consumedQuantity()).contains(new BigDecimal("1338.0000001"));
      assertThat(i.postTaxTotal()).contains(new BigDecimal("72.76"));
    });
    wm.verify(partnerCenter(getRequestedFor(urlEqualTo(url))));
  }

  @Test
  void get_malformedResponses_throwResponseParseExceptionNamingThePath() {
    wm.stubFor(get(urlEqualTo("/v1/invoices/BAD1")).willReturn(okJson(
        "{\"id\":\"BAD1\",\"invoiceDetails\":[{\"billingProvider\":\"office\"}],\"totalCharges\":\"12,50 EUR\"}")));
    wm.stubFor(get(urlEqualTo("/v1/invoices/BAD2")).willReturn(okJson("{\"id\":\"BAD2\",\"invoiceDetails\":[{")));
    wm.stubFor(get(urlEqualTo(LINE_ITEMS.replace("G000024135", "BAD3")
        + "?provider=onetime&invoicelineitemtype=billinglineitems&size=2000")).willReturn(okJson(
        envelope(List.of(lineItem("s1", "1"), lineItem("s2", "1").replace("\"chargeStartDate\":\"2024-01-14T00:00:00Z\"",
            "\"chargeStartDate\":[2024]")), null, null))));

    assertThatThrownBy(() -> invoices.get("BAD1")).isInstanceOfSatisfying(ResponseParseException.class, e -> {
      assertThat(e.path()).isEqualTo("totalCharges");
      assertThat(e.getMessage()).doesNotContain("12,50 EUR");
    });
    assertThatThrownBy(() -> invoices.get("BAD2")).isInstanceOfSatisfying(ResponseParseException.class,
        e -> assertThat(e.path()).startsWith("invoiceDetails[0]"));
    assertThatThrownBy(() -> invoices.billedLineItems("BAD3").stream().count())
        .isInstanceOfSatisfying(ResponseParseException.class,
            e -> assertThat(e.path()).isEqualTo("items[1].chargeStartDate"));
  }

  @Test
  void badInput_isRefusedBeforeAnythingIsSent() {
    assertField(() -> invoices.get(" "), "invoiceId");
    assertField(() -> invoices.statement(null), "invoiceId");
    assertField(() -> invoices.billedLineItems("", "USD"), "invoiceId");
    assertField(() -> invoices.billedLineItems("G1", "US"), "currency");
    assertField(() -> invoices.unbilledLineItems("dollars", UnbilledPeriod.CURRENT), "currency");
    assertField(() -> invoices.unbilledLineItems(null, UnbilledPeriod.CURRENT), "currency");
    assertField(() -> invoices.unbilledLineItems("USD", null), "period");
    assertField(() -> invoices.legacyLineItems("G1", null), "provider");
    assertField(() -> invoices.exportBilled(" ", AttributeSet.FULL), "invoiceId");
    assertField(() -> invoices.exportBilled("G1", null), "attributeSet");
    assertField(() -> invoices.exportUnbilled(null, "USD", AttributeSet.FULL), "period");
    assertField(() -> invoices.exportUnbilled(UnbilledPeriod.CURRENT, "U$D", AttributeSet.FULL), "currency");

    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  private static void assertField(Runnable call, String field) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.field()).isEqualTo(field));
  }
}
