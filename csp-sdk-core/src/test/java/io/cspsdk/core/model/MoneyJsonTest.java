package io.cspsdk.core.model;

import static io.cspsdk.core.model.JsonFixtures.read;
import static io.cspsdk.core.model.JsonFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class MoneyJsonTest {

  @Test
  void write_money_isAmountAndCurrency_andReadsBackEqual() {
    Money m = Money.of("16.80", "eur");

    String json = write(m);

    assertThat(json).isEqualTo("{\"amount\":16.80,\"currency\":\"EUR\"}");
    assertThat(read(json, Money.class)).isEqualTo(m);
  }

  @Test
  void read_amountAsStringAndExtraFields_readsExactly() {
    Money m = read("{\"amount\":\"0.1000000001\",\"currency\":\"usd\",\"symbol\":\"$\"}", Money.class);

    assertThat(m.amount()).isEqualByComparingTo("0.1000000001");
    assertThat(m.currency()).isEqualTo("USD");
  }

  @Test
  void read_badCurrency_fails() {
    assertThatThrownBy(() -> read("{\"amount\":1,\"currency\":\"dollars\"}", Money.class))
        .isInstanceOf(UncheckedIOException.class).hasStackTraceContaining("currency");
  }
}
