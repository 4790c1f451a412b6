package io.cspsdk.core.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.cspsdk.core.internal.json.Json;
import io.cspsdk.core.model.Address;
import io.cspsdk.core.model.CurrencyMismatchException;
import io.cspsdk.core.model.Money;
import io.cspsdk.core.model.OpenEnum;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ModelFoundationTest {

  static final class Color extends OpenEnum {
    private static final Registry<Color> R = new Registry<>(Color::new);
    static final Color DARK_RED = R.known("darkRed");

    private Color(String v) {
      super(v);
    }

    @JsonCreator
    static Color of(String v) {
      return R.of(v);
    }
  }

  @Test
  void builder_fromOtherPackage_buildsAndRoundTripsThroughJson() throws Exception {
    Address a = Address.builder().city("Seattle").country("US").postalCode("98052").build();
    String json = Json.mapper().writeValueAsString(a);
    assertThat(json).isEqualTo("{\"country\":\"US\",\"city\":\"Seattle\",\"postalCode\":\"98052\"}");
    assertThat(Json.mapper().readValue(json, Address.class)).isEqualTo(a);
    assertThat(a.toBuilder().city("Redmond").build().city()).contains("Redmond");
  }

  @Test
  void read_unknownFields_areIgnored() throws Exception {
    Address a = Json.mapper().readValue("{\"city\":\"Oslo\",\"futureField\":{\"x\":1}}", Address.class);
    assertThat(a.city()).contains("Oslo");
  }

  @Test
  void openEnum_matchesCaseAndSeparatorInsensitively_andKeepsUnknownValues() {
    assertThat(Color.of("DARK_RED")).isSameAs(Color.DARK_RED);
    assertThat(Color.of("dark-red")).isSameAs(Color.DARK_RED);
    Color unknown = Color.of("ultraViolet");
    assertThat(unknown.value()).isEqualTo("ultraViolet");
    assertThat(Color.R.isKnown(unknown)).isFalse();
    assertThat(unknown).isEqualTo(Color.of("ULTRA_VIOLET"));
    assertThat(Color.of(" ")).isNull();
  }

  @Test
  void dates_withOrWithoutZone_andSevenFractionalDigits_parse() throws Exception {
    record D(OffsetDateTime at, LocalDate day) {}
    D d = Json.mapper().readValue("{\"at\":\"2021-06-18T10:15:30.1234567\",\"day\":\"2021-06-18T00:00:00Z\"}", D.class);
    assertThat(d.at()).isEqualTo(OffsetDateTime.of(2021, 6, 18, 10, 15, 30, 123456700, ZoneOffset.UTC));
    assertThat(d.day()).isEqualTo(LocalDate.of(2021, 6, 18));
    D z = Json.mapper().readValue("{\"at\":\"2021-06-18T10:15:30+02:00\",\"day\":\"2021-06-18\"}", D.class);
    assertThat(z.at().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
  }

  @Test
  void money_equalityIgnoresScale_andMixedCurrenciesAreRefused() {
    assertThat(Money.of("1.0", "usd")).isEqualTo(Money.of("1.00", "USD"));
    assertThat(Money.of("1.0", "USD").hashCode()).isEqualTo(Money.of("1.00", "USD").hashCode());
    assertThat(Money.of("10.08", "USD").times(10).plus(Money.of("0.2", "USD")).amount())
        .isEqualByComparingTo("101.00");
    assertThat(Money.of(new BigDecimal("9.425"), "EUR").round(2, RoundingMode.DOWN).amount()).isEqualByComparingTo("9.42");
    assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR")))
        .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("USD").hasMessageContaining("EUR");
    assertThatThrownBy(() -> Money.of("1", "dollars")).hasMessageStartingWith("currency:");
    assertThatThrownBy(() -> Money.of("abc", "USD")).hasMessageStartingWith("amount:");
  }

  @Test
  void sharedEnums_acceptPartnerCenterSpellings() {
    assertThat(io.cspsdk.core.model.ChargeType.of("Prorate Fees When Buy"))
        .isSameAs(io.cspsdk.core.model.ChargeType.PRORATE_FEES_WHEN_PURCHASE);
    assertThat(io.cspsdk.core.model.ChargeType.of("cancel")).isSameAs(io.cspsdk.core.model.ChargeType.CANCEL_IMMEDIATE);
    assertThat(io.cspsdk.core.model.ChargeType.of("futureCharge").isKnown()).isFalse();
    assertThat(io.cspsdk.core.model.BillingCycle.of("OneTime")).isSameAs(io.cspsdk.core.model.BillingCycle.ONE_TIME);
    assertThat(io.cspsdk.core.model.TermDuration.of("p3y").months()).contains(36);
    assertThat(io.cspsdk.core.model.TermDuration.of("weird").months()).isEmpty();
  }
}
