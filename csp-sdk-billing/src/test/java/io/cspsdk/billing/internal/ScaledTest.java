package io.cspsdk.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScaledTest {

  /** The definition: the value at 6 decimals when exact and below 10^12, computed with BigDecimal only. */
  private static long reference(BigDecimal value) {
    if (value.scale() > Scaled.SCALE || value.precision() - value.scale() > 12) {
      return Scaled.NONE;
    }
    return value.movePointRight(Scaled.SCALE).setScale(0).longValueExact();
  }

  @Test
  void of_edgeCases_matchesBigDecimalArithmetic() {
    String[] values = {
      "0", "0.0", "0.000", "0E-5", "0E+3", "-0.00", "1", "-1", "12.50", "-12.5", "1.500000", "-0.000001",
      "0.0000001", "1.0000000", "72.00", "999999999999.999999", "-999999999999.999999", "1000000000000",
      "999999999999", "1E+3", "-4E+11", "1E+12", "123456789012345678.9", "1234567890123456789012", "0.1E-5"
    };
    for (String v : values) {
      BigDecimal d = new BigDecimal(v);
      assertThat(Scaled.of(d)).as(v).isEqualTo(reference(d));
    }
  }

  @Test
  void of_randomDecimals_matchesBigDecimalArithmetic() {
    Random random = new Random(20241122);
    for (int i = 0; i < 100_000; i++) {
      int digits = 1 + random.nextInt(22);
      BigInteger unscaled = new BigInteger(digits * 4, random).mod(BigInteger.TEN.pow(digits));
      BigDecimal d = new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), random.nextInt(12) - 3);
      assertThat(Scaled.of(d)).as(d.toString()).isEqualTo(reference(d));
    }
  }

  @Test
  void unscaled_compactValues_isTheUnscaledValue() {
    for (String v : new String[] {"0", "0.000", "-7", "12.50", "-0.000001", "123456789012.345678"}) {
      BigDecimal d = new BigDecimal(v);
      assertThat(Scaled.unscaled(d)).as(v).isEqualTo(d.unscaledValue().longValueExact());
    }
  }
}
