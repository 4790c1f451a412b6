package io.cspsdk.core.pricing;


import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.cspsdk.core.ContinuationToken;
import io.cspsdk.core.Page;
import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.error.UnauthorizedException;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.Fixtures;
import io.cspsdk.core.model.PriceSheetEntry;
import io.cspsdk.core.testing.FakeClock;
import io.cspsdk.core.testing.RecordingSleeper;
import io.cspsdk.core.testing.TestClients;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PriceSheetsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String SHEET = "/pricesheets/v1.0/sales/pricesheets(Market='US',PricesheetView='updatedlicensebased')"
      + "/$value";

  private final FakeClock clock = new FakeClock();
  private PartnerCenterClient client;
  private PriceSheets sheets;

  @BeforeEach
  void setUp() {
    client = TestClients.client(wm.baseUrl(), clock, new RecordingSleeper(clock));
    sheets = client.priceSheets();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  static byte[] zipped(byte[] csv) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("sheets.csv"));
      zip.write(csv);
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  @Test
  void licenseBased_currentMonth_zippedDownload_isStreamedIntoEntries() throws IOException {
    wm.stubFor(get(urlEqualTo(SHEET + "?timeline=current")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/octet-stream")
        .withHeader("Content-Disposition", "attachment; filename=sheets.csv")
        .withBody(zipped(Fixtures.bytes("pricesheet-licensebased.csv")))));

    List<PriceSheetEntry> rows;
    try (Stream<PriceSheetEntry> s = sheets.licenseBased("us",
        RequestOptions.builder().correlationId("corr-ps").build()).stream()) {
      rows = s.collect(Collectors.toList());
    }

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).productId()).contains("CFQ7TTC0HDK0");
    assertThat(rows.get(0).unitPrice()).contains(new BigDecimal("115.2"));
    assertThat(rows.get(0).erpPrice()).contains(new BigDecimal("144"));
    assertThat(rows.get(1).billingPlan()).contains(BillingCycle.MONTHLY);
    wm.verify(getRequestedFor(urlEqualTo(SHEET + "?timeline=current"))
        .withHeader("Authorization", equalTo("Bearer " + TestClients.TOKEN))
        .withHeader("Accept-Encoding", equalTo("deflate"))
        .withHeader("MS-CorrelationId", equalTo("corr-ps"))
        .withHeader("MS-Contract-Version", absent()));
  }

  @Test
  void licenseBased_pastMonth_sendsHistoryTimelineAndMonth_plainCsv() {
    wm.stubFor(get(urlEqualTo(SHEET + "?timeline=history&month=202401")).willReturn(aResponse().withStatus(200)
        .withBody(Fixtures.bytes("pricesheet-licensebased.csv"))));

    try (Stream<PriceSheetEntry> s = sheets.licenseBased("US", YearMonth.of(2024, 1)).stream()) {
      assertThat(s.map(e -> e.skuTitle().orElseThrow())).containsExactly("Advanced Communications",
          "Microsoft 365 Business Basic");
    }
    wm.verify(getRequestedFor(urlEqualTo(SHEET + "?timeline=history&month=202401")));
  }

  @Test
  void licenseBasedFuture_sendsFutureTimeline() {
    wm.stubFor(get(urlEqualTo(SHEET.replace("'US'", "'DE'") + "?timeline=future")).willReturn(aResponse()
        .withStatus(200).withBody("ProductId,Currency,UnitPrice\nCFQ7TTC0LH18,EUR,5.60\n")));

    try (Stream<PriceSheetEntry> s = sheets.licenseBasedFuture("de").stream()) {
      assertThat(s.collect(Collectors.toList())).singleElement().satisfies(e -> {
        assertThat(e.currency()).contains("EUR");
        assertThat(e.unitPrice()).contains(new BigDecimal("5.60"));
      });
    }
  }

  @Test
  void licenseBased_appOnlyToken_surfacesUnauthorized() {
    wm.stubFor(get(urlEqualTo(SHEET + "?timeline=current")).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Unauthorized\"}")));

    PagedIterable<PriceSheetEntry> sheet = sheets.licenseBased("US");
    wm.verify(0, anyRequestedFor(anyUrl()));

    assertThatThrownBy(() -> sheet.iterator().hasNext()).isInstanceOf(UnauthorizedException.class);
  }

  static String rows(int count) {
    StringBuilder csv = new StringBuilder("\uFEFFProductId,SkuId,SkuTitle,Currency,UnitPrice\r\n");
    for (int i = 1; i <= count; i++) {
      csv.append("P").append(i).append(",0001,\"Sku, number ").append(i).append("\",USD,").append(i)
          .append(".50\r\n");
    }
    return csv.toString();
  }

  @Test
  void byPage_2500Rows_givesPagesOf1000FromOneDownloadWithTokensBetween() {
    wm.stubFor(get(urlEqualTo(SHEET + "?timeline=current")).willReturn(aResponse().withStatus(200)
        .withBody(rows(2500))));

    List<Page<PriceSheetEntry>> pages = new ArrayList<>();
    sheets.licenseBased("US").byPage().forEach(pages::add);

    assertThat(pages).extracting(p -> p.items().size()).containsExactly(1000, 1000, 500);
    assertThat(pages.get(0).continuationToken()).isPresent();
    assertThat(pages.get(1).continuationToken()).isPresent();
    assertThat(pages.get(2).continuationToken()).isEmpty();
    assertThat(pages.get(1).items().get(0).productId()).contains("P1001");
    assertThat(pages.get(2).items().get(499).skuTitle()).contains("Sku, number 2500");
    wm.verify(1, getRequestedFor(urlEqualTo(SHEET + "?timeline=current")));
  }

  @Test
  void resumeFrom_tokenOfFirstPage_downloadsAgainAndContinuesAtRow1001() {
    wm.stubFor(get(urlEqualTo(SHEET + "?timeline=current")).willReturn(aResponse().withStatus(200)
        .withBody(rows(2500))));
    PagedIterable<PriceSheetEntry> sheet = sheets.licenseBased("US");
    ContinuationToken afterFirst = sheet.byPage().iterator().next().continuationToken().orElseThrow();

    List<PriceSheetEntry> rest;
    try (Stream<PriceSheetEntry> s = sheet.resumeFrom(ContinuationToken.parse(afterFirst.asString())).stream()) {
      rest = s.collect(Collectors.toList());
    }

    assertThat(rest).hasSize(1500);
    assertThat(rest.get(0).productId()).contains("P1001");
    assertThat(rest.get(1499).unitPrice()).contains(new BigDecimal("2500.50"));
    wm.verify(2, getRequestedFor(urlEqualTo(SHEET + "?timeline=current")));
  }

  @Test
  void skippingUnreadableItems_badPriceRows_areReportedOnTheirPageWithAnExcerpt_andResumeDoesNotRepeatThem() {
    // 2,500 rows; rows 1000 and 2000 carry a price that is not a number
    String sheet = rows(2500).replace("\r\nP1000,0001,\"Sku, number 1000\",USD,1000.50", "\r\nP1000,0001,\"Sku, "
        + "number 1000\",USD,ten").replace("\r\nP2000,0001,\"Sku, number 2000\",USD,2000.50", "\r\nP2000,0001,"
        + "\"Sku, number 2000\",USD,n/a");
    wm.stubFor(get(urlEqualTo(SHEET + "?timeline=current")).willReturn(aResponse().withStatus(200).withBody(sheet)));

    assertThatThrownBy(() -> sheets.licenseBased("US").stream().count())
        .isInstanceOf(io.cspsdk.core.error.ResponseParseException.class);

    List<Page<PriceSheetEntry>> pages = new ArrayList<>();
    PagedIterable<PriceSheetEntry> skipping = sheets.licenseBased("US").skippingUnreadableItems();
    skipping.byPage().forEach(pages::add);

    assertThat(pages).extracting(p -> p.items().size()).containsExactly(1000, 1000, 498);
    assertThat(pages.get(0).unreadableItems()).singleElement().satisfies(e -> {
      assertThat(e.payloadExcerpt()).hasValueSatisfying(x -> assertThat(x).contains("\"ProductId\":\"P1000\"")
          .contains("\"UnitPrice\":\"ten\""));
      assertThat(e.getMessage()).contains("not a decimal number");
    });
    assertThat(pages.get(0).items().get(999).productId()).contains("P1001");
    assertThat(pages.get(1).unreadableItems()).singleElement()
        .satisfies(e -> assertThat(e.payloadExcerpt().orElseThrow()).contains("\"P2000\""));
    assertThat(pages.get(2).unreadableItems()).isEmpty();
    assertThat(pages.get(2).items().get(497).productId()).contains("P2500");

    List<Page<PriceSheetEntry>> resumed = new ArrayList<>();
    skipping.resumeFrom(pages.get(0).continuationToken().orElseThrow()).byPage().forEach(resumed::add);
    assertThat(resumed.get(0).items().get(0).productId()).contains("P1002");
    assertThat(resumed).flatExtracting(Page::unreadableItems).hasSize(1);
    assertThat(resumed).extracting(p -> p.items().size()).containsExactly(1000, 498);
  }

  @Test
  void byPage_exactlyOnePageOfRows_hasNoTokenAfterIt() {
    wm.stubFor(get(urlEqualTo(SHEET + "?timeline=current")).willReturn(aResponse().withStatus(200)
        .withBody(rows(1000))));

    List<Page<PriceSheetEntry>> pages = new ArrayList<>();
    sheets.licenseBased("US").byPage().forEach(pages::add);

    assertThat(pages).singleElement().satisfies(p -> {
      assertThat(p.items()).hasSize(1000);
      assertThat(p.continuationToken()).isEmpty();
    });
  }

  @Test
  void resumeFrom_tokenOfAnotherSheetOrGarbage_isRefusedBeforeSending() {
    wm.stubFor(get(urlEqualTo(SHEET + "?timeline=current")).willReturn(aResponse().withStatus(200)
        .withBody(rows(1500))));
    ContinuationToken us = sheets.licenseBased("US").byPage().iterator().next().continuationToken().orElseThrow();
    wm.resetRequests();

    assertThatThrownBy(() -> sheets.licenseBased("DE").resumeFrom(us))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("continuationToken");
          assertThat(e.getMessage()).contains("another price sheet");
        });
    assertThatThrownBy(() -> sheets.licenseBasedFuture("US").resumeFrom(us))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> sheets.licenseBased("US").resumeFrom(ContinuationToken.parse("not-a-token")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("continuationToken"));
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void badInput_isRefusedBeforeSending() {
    for (String market : new String[] {"USA", "", null, "1S"}) {
      assertThatThrownBy(() -> sheets.licenseBased(market)).isInstanceOfSatisfying(ValidationException.class,
          e -> assertThat(e.field()).isEqualTo("market"));
    }
    assertThatThrownBy(() -> sheets.licenseBased("US", (YearMonth) null))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("month"));
    wm.verify(0, anyRequestedFor(anyUrl()));
  }
}
