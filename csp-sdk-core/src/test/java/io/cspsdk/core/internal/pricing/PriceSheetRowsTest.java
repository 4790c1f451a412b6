package io.cspsdk.core.internal.pricing;


import io.cspsdk.core.error.ResponseParseException;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.Fixtures;
import io.cspsdk.core.model.PriceSheetEntry;
import io.cspsdk.core.model.TermDuration;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PriceSheetRowsTest {
  private static final byte[] CSV = Fixtures.bytes("pricesheet-licensebased.csv");

  private static List<PriceSheetEntry> read(byte[] body) {
    try (Stream<PriceSheetEntry> s = PriceSheetRows.stream(new ByteArrayInputStream(body))) {
      return s.collect(Collectors.toList());
    }
  }

  @Test
  void stream_plainCsv_mapsEveryColumn() {
    List<PriceSheetEntry> rows = read(CSV);
    assertThat(rows).hasSize(2);
    PriceSheetEntry e = rows.get(0);
    assertThat(e.productTitle()).contains("Advanced Communications");
    assertThat(e.productId()).contains("CFQ7TTC0HDK0");
    assertThat(e.skuId()).contains("0001");
    assertThat(e.skuTitle()).contains("Advanced Communications");
    assertThat(e.publisher()).contains("Microsoft Corporation");
    assertThat(e.skuDescription())
        .contains("Advanced meetings, calling, workflow integration, and management tools for IT.");
    assertThat(e.unitOfMeasure()).isEmpty();
    assertThat(e.termDuration()).contains(TermDuration.P1Y);
    assertThat(e.billingPlan()).contains(BillingCycle.ANNUAL);
    assertThat(e.market()).contains("US");
    assertThat(e.currency()).contains("USD");
    assertThat(e.unitPrice()).contains(new BigDecimal("115.2"));
    assertThat(e.pricingTierRangeMin()).isEmpty();
    assertThat(e.pricingTierRangeMax()).isEmpty();
    assertThat(e.effectiveStartDate()).contains(OffsetDateTime.of(2019, 2, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(e.effectiveEndDate()).contains(OffsetDateTime.of(2021, 2, 4, 20, 35, 31, 0, ZoneOffset.UTC));
    assertThat(e.tags()).contains("License");
    assertThat(e.erpPrice()).contains(new BigDecimal("144"));
    assertThat(e.segment()).contains("Commercial");
    assertThat(e.otherColumns()).containsEntry("Sku Family", "Teams");
    assertThat(e.availabilityId()).isEmpty();
    assertThat(e.catalogItemId()).isEmpty();

    PriceSheetEntry quoted = rows.get(1);
    assertThat(quoted.skuDescription()).contains("Email, \"Teams\" and\nweb apps");
    assertThat(quoted.billingPlan()).contains(BillingCycle.MONTHLY);
    assertThat(quoted.termDuration()).contains(TermDuration.P1M);
    assertThat(quoted.effectiveEndDate()).isEmpty();
    assertThat(quoted.unitPrice()).contains(new BigDecimal("6.48"));
  }

  @Test
  void stream_zipGzipAndBom_giveTheSameRows() throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("pricesheet.csv"));
      z.write(CSV);
      z.closeEntry();
    }
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
      g.write(CSV);
    }
    byte[] bom = new byte[CSV.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(CSV, 0, bom, 3, CSV.length);
    List<PriceSheetEntry> plain = read(CSV);
    assertThat(read(zip.toByteArray())).isEqualTo(plain);
    assertThat(read(gz.toByteArray())).isEqualTo(plain);
    assertThat(read(bom)).isEqualTo(plain);
  }

  @Test
  void stream_isLazy_andClosingReleasesTheDownload() {
    AtomicBoolean closed = new AtomicBoolean();
    StringBuilder big = new StringBuilder("ProductId,SkuId,AvailabilityId,UnitPrice\r\n");
    for (int i = 0; i < 10_000; i++) {
      big.append("P").append(i).append(",0001,A").append(i).append(',').append(i).append(".10\r\n");
    }
    byte[] body = big.toString().getBytes(StandardCharsets.UTF_8);
    int[] read = {0};
    InputStream counting = new FilterInputStream(new ByteArrayInputStream(body)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        read[0] += Math.max(n, 0);
        return n;
      }

      @Override
      public void close() throws IOException {
        closed.set(true);
        super.close();
      }
    };
    try (Stream<PriceSheetEntry> s = PriceSheetRows.stream(counting)) {
      PriceSheetEntry first = s.findFirst().orElseThrow();
      assertThat(first.catalogItemId()).contains("P0:0001:A0");
      assertThat(first.unitPrice()).contains(new BigDecimal("0.10"));
      assertThat(read[0]).isLessThan(body.length);
    }
    assertThat(closed).isTrue();
  }

  @Test
  void stream_badDecimal_isResponseParseExceptionNamingRowAndColumn() {
    byte[] bad = "ProductId,UnitPrice\nP1,12.5\nP2,twelve\n".getBytes(StandardCharsets.UTF_8);
    try (Stream<PriceSheetEntry> s = PriceSheetRows.stream(new ByteArrayInputStream(bad))) {
      assertThatThrownBy(() -> s.collect(Collectors.toList()))
          .isInstanceOfSatisfying(ResponseParseException.class, e -> {
            assertThat(e.path()).isEqualTo("row 3.UnitPrice");
            assertThat(e.getMessage()).contains("twelve");
          });
    }
  }

  @Test
  void stream_recordWithoutLineBreaksBeyondTheLimit_failsTyped() {
    byte[] endless = ("ProductId,UnitPrice\nP1," + "9".repeat(100_000)).getBytes(StandardCharsets.UTF_8);
    try (Stream<PriceSheetEntry> s = PriceSheetRows.stream(new ByteArrayInputStream(endless), 10_000)) {
      assertThatThrownBy(() -> s.collect(Collectors.toList()))
          .isInstanceOfSatisfying(ResponseParseException.class, e -> assertThat(e.path()).isEqualTo("record 2"));
    }
  }

  @Test
  void stream_truncatedGzipOrUnterminatedQuote_failsTyped() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(CSV);
    }
    byte[] truncated = java.util.Arrays.copyOf(out.toByteArray(), out.size() / 2);
    for (byte[] bad : List.of(truncated, "ProductId,UnitPrice\nP1,\"12".getBytes(StandardCharsets.UTF_8))) {
      try (Stream<PriceSheetEntry> s = PriceSheetRows.stream(new ByteArrayInputStream(bad))) {
        assertThatThrownBy(() -> s.collect(Collectors.toList())).isInstanceOf(ResponseParseException.class);
      }
    }
  }

  @Test
  void stream_isoDatesAndEmptySheet_parse() {
    byte[] iso = "EffectiveStartDate,EffectiveEndDate\n2024-03-01T00:00:00Z,2024-03-31\n"
        .getBytes(StandardCharsets.UTF_8);
    PriceSheetEntry e = read(iso).get(0);
    assertThat(e.effectiveStartDate()).contains(OffsetDateTime.of(2024, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(e.effectiveEndDate()).contains(OffsetDateTime.of(2024, 3, 31, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(read(new byte[0])).isEmpty();
  }

  @Test
  void stream_quotedCommasQuotesAndCrlfInsideFields_bomAndQuotedHeaders_areOneRecordEach() {
    byte[] csv = ("\uFEFF\"ProductTitle\",\" Sku Title \",\"UnitPrice\",\"Sku Description\"\r\n"
        + "\"Teams, Essentials\",\"Say \"\"hi\"\"\",1.50,\"first line\r\nsecond, line\"\r\n"
        + "\r\n"
        + "Plain,Basic,2,\"lf\nonly\"\n").getBytes(StandardCharsets.UTF_8);

    List<PriceSheetEntry> rows = read(csv);

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).productTitle()).contains("Teams, Essentials");
    assertThat(rows.get(0).skuTitle()).contains("Say \"hi\"");
    assertThat(rows.get(0).unitPrice()).contains(new BigDecimal("1.50"));
    assertThat(rows.get(0).skuDescription()).contains("first line\r\nsecond, line");
    assertThat(rows.get(1).productTitle()).contains("Plain");
    assertThat(rows.get(1).skuDescription()).contains("lf\nonly");
  }
}
