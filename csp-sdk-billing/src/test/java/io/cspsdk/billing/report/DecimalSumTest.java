package io.cspsdk.billing.report;

import static io.cspsdk.billing.testing.Lines.dec;
import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.billing.internal.DecimalSum;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalSumTest {

  @Test
  void add_mixedScalesAndHugeValues_staysExact() {
    DecimalSum s = new DecimalSum();
    BigDecimal expected = BigDecimal.ZERO;
    BigDecimal[] values = {
      dec("1.005"), dec("-3.33"), dec("0.1234567"), dec("12345678901.123456"), dec("9223372036854.775807"),
      dec("9223372036854.775807"), dec("-0.000001"), dec("1E+20"), dec("7")
    };
    for (BigDecimal v : values) {
      s.add(v);
      expected = expected.add(v);
    }
    assertThat(s.value()).isEqualByComparingTo(expected);
  }

  @Test
  void value_empty_isZeroAtScale6() {
    assertThat(new DecimalSum().value()).isEqualTo(dec("0.000000"));
  }
}
