package io.cspsdk.testkit.client;

import static io.cspsdk.testkit.FakeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.model.PriceSheetEntry;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Routes a client meets: price sheets through our client, agreement metadata, support topics, the old forms. */
class RoutesClientTest extends ClientFixture {

  @Test
  void priceSheet_throughTheClient_listsEverySoldTermAtTheBilledPrice() {
    List<PriceSheetEntry> rows;
    try (Stream<PriceSheetEntry> sheet = pc.priceSheets().licenseBased("US").stream()) {
      rows = sheet.toList();
    }
    assertThat(rows).hasSizeGreaterThan(40);
    PriceSheetEntry basicYearMonthly = rows.stream().filter(r -> r.productId().orElseThrow().equals("CFQ7TTC0LH18")
        && r.termDuration().orElseThrow().value().equals("P1Y")
        && r.billingPlan().orElseThrow().value().equalsIgnoreCase("monthly")).findFirst().orElseThrow();
    assertThat(basicYearMonthly.unitPrice().orElseThrow()).isEqualByComparingTo("6.00");
    assertThat(basicYearMonthly.currency()).contains("USD");
    assertThat(basicYearMonthly.market()).contains("US");
    assertThat(basicYearMonthly.effectiveStartDate().orElseThrow().toLocalDate().toString()).isEqualTo("2026-01-01");
    try (Stream<PriceSheetEntry> history = pc.priceSheets().licenseBased("US", YearMonth.of(2025, 11)).stream()) {
      assertThat(history.findFirst().orElseThrow().effectiveStartDate().orElseThrow().toLocalDate().toString())
          .isEqualTo("2025-11-01");
    }
    assertThat(fake).received("GET", "/v1.0/sales/**").times(2);
  }
}
