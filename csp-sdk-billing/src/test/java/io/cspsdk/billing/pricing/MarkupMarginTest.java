package io.cspsdk.billing.pricing;

import static io.cspsdk.billing.testing.Lines.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.error.ValidationException;
import org.junit.jupiter.api.Test;

class MarkupMarginTest {

  @Test
  void between_cost10SoldAt20_is100PercentMarkupAnd50PercentMargin() {
    assertThat(Markup.between(dec("10"), dec("20"), 2).percent()).isEqualByComparingTo("100");
    assertThat(Margin.between(dec("10"), dec("20"), 2).percent()).isEqualByComparingTo("50");
  }

  @Test
  void apply_sameNumberAsMarkupAndAsMargin_givesDifferentPrices() {
    assertThat(Markup.percent("50").apply(dec("10"))).isEqualByComparingTo("15");
    assertThat(Margin.percent("50").apply(dec("10"), 6)).isEqualByComparingTo("20");
    assertThat(Margin.percent("30").apply(dec("10"), 6)).isEqualByComparingTo("14.285714");
  }

  @Test
  void convert_markupToMarginAndBack_isConsistent() {
    assertThat(Markup.percent("100").toMargin(4).percent()).isEqualByComparingTo("50");
    assertThat(Margin.percent("50").toMarkup(4).percent()).isEqualByComparingTo("100");
    assertThat(Markup.percent("25").toMargin(4).percent()).isEqualByComparingTo("20");
  }

  @Test
  void markupAndMargin_areDistinctTypes_andNeverEqual() {
    PriceAdjustment markup = Markup.percent("20");
    PriceAdjustment margin = Margin.percent("20");
    assertThat(markup).isNotEqualTo(margin);
    assertThat(markup).isInstanceOf(Markup.class);
    assertThat(margin).isInstanceOf(Margin.class);
  }

  @Test
  void margin_of100PercentOrMore_isRejectedNamingFieldAndRule() {
    assertThatThrownBy(() -> Margin.percent("100"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("margin");
              assertThat(e.rule()).contains("less than 100%");
            });
  }

  @Test
  void markup_ofMinus100OrLess_isRejected() {
    assertThatThrownBy(() -> Markup.percent("-100"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("markup"));
  }

  @Test
  void erpDiscount_outside0To100_isRejected() {
    assertThatThrownBy(() -> ErpDiscount.percent("101"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("erpDiscount"));
    assertThat(ErpDiscount.percent("10").apply(dec("12.50"))).isEqualByComparingTo("11.25");
  }

  @Test
  void fixedPrice_negative_isRejected() {
    assertThatThrownBy(() -> FixedPrice.of("-1", "EUR"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("fixedPrice"));
  }
}
