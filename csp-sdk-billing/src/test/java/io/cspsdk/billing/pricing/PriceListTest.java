package io.cspsdk.billing.pricing;

import static io.cspsdk.billing.testing.Lines.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.billing.report.CostLine;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.Money;
import io.cspsdk.core.model.TermDuration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PriceListTest {
  private static final PriceKey KEY = PriceKey.of("P1", "0001", TermDuration.P1Y, BillingCycle.MONTHLY);

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  private static CostLine at(String date) {
    return line().chargeStartDate(d(date)).chargeEndDate(d(date)).build();
  }

  @Test
  void lookup_keyedByProductSkuTermAndFrequency_mostSpecificWins() {
    PriceList list =
        PriceList.global("global")
            .price(PriceKey.product("P1"), Money.of("11", "EUR"))
            .price(KEY, Money.of("13", "EUR"))
            .price(PriceKey.of("P1", "0001", TermDuration.P1M, BillingCycle.MONTHLY), Money.of("15", "EUR"))
            .build();
    assertThat(list.lookup(line().build(), d("2024-03-01")).get().unitPrice()).isEqualTo(Money.of("13", "EUR"));
    assertThat(list.lookup(line().termDuration(TermDuration.P1M).build(), d("2024-03-01")).get().unitPrice())
        .isEqualTo(Money.of("15", "EUR"));
    assertThat(list.lookup(line().termDuration(TermDuration.P3Y).build(), d("2024-03-01")).get().unitPrice())
        .isEqualTo(Money.of("11", "EUR"));
    assertThat(list.lookup(line().productId("P9").build(), d("2024-03-01"))).isEmpty();
  }

  @Test
  void supersede_keepsHistoryReproducible() {
    PriceList v1 = PriceList.global("global").price(KEY, Validity.from(d("2024-01-01")), Money.of("12", "EUR")).build();
    PriceList v2 = v1.supersede(KEY, d("2024-04-01"), Money.of("13", "EUR"));
    assertThat(v2.lookup(KEY, d("2024-03-31")).get().unitPrice()).isEqualTo(Money.of("12", "EUR"));
    assertThat(v2.lookup(KEY, d("2024-04-01")).get().unitPrice()).isEqualTo(Money.of("13", "EUR"));
    assertThat(v2.lookup(KEY, d("2023-12-31"))).isEmpty();
    assertThat(v2.history(KEY))
        .extracting(e -> e.validity().toString() + " " + e.unitPrice())
        .containsExactly("[2024-01-01, 2024-04-01) 12 EUR", "[2024-04-01, ∞) 13 EUR");
    // the older list object is unchanged
    assertThat(v1.lookup(KEY, d("2024-05-01")).get().unitPrice()).isEqualTo(Money.of("12", "EUR"));
  }

  @Test
  void midTermPrice_validOnlyUntilRenewal_thenListPriceAgain() {
    PriceList global = PriceList.global("global").price(KEY, Money.of("12", "EUR")).build();
    // agreed mid-term on 2024-05-10 for the current term, which renews on 2025-01-01
    PriceList customer =
        PriceList.forCustomer("C1 deal", "C1")
            .price(KEY, Validity.between(d("2024-05-10"), d("2025-01-01")), Money.of("10.80", "EUR"))
            .build();
    TierPricing tier = TierPricing.builder("reseller").priceList(global).priceList(customer).build();
    PricingChain chain = PricingChain.of(tier);
    assertThat(chain.price(at("2024-05-09")).unitPrice()).isEqualByComparingTo("12");
    assertThat(chain.price(at("2024-05-10")).unitPrice()).isEqualByComparingTo("10.80");
    assertThat(chain.price(at("2024-12-31")).unitPrice()).isEqualByComparingTo("10.80");
    assertThat(chain.price(at("2025-01-01")).unitPrice()).isEqualByComparingTo("12");
  }

  @Test
  void customerList_winsOverGlobal_onlyForThatCustomer() {
    PriceList global = PriceList.global("global").price(KEY, Money.of("12", "EUR")).build();
    PriceList customer = PriceList.forCustomer("C1", "C1").price(KEY, Money.of("11", "EUR")).build();
    PricingChain chain = PricingChain.of(TierPricing.builder("r").priceList(global).priceList(customer).build());
    assertThat(chain.price(line().build()).unitPrice()).isEqualByComparingTo("11");
    assertThat(chain.price(line().customerId("C2").build()).unitPrice()).isEqualByComparingTo("12");
    assertThat(chain.price(line().build()).rule().get().scope().level()).isEqualTo(ScopeLevel.CUSTOMER_PRODUCT);
  }

  @Test
  void overlappingEntriesOfOneKey_areRejectedNamingListAndKey() {
    assertThatThrownBy(
            () ->
                PriceList.global("global")
                    .price(KEY, Validity.from(d("2024-01-01")), Money.of("12", "EUR"))
                    .price(KEY, Validity.between(d("2023-01-01"), d("2024-01-02")), Money.of("11", "EUR"))
                    .build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("priceList[global].P1/0001/P1Y/monthly");
              assertThat(e.rule()).contains("must not overlap");
            });
  }

  @Test
  void validity_untilNotAfterFrom_isRejected() {
    assertThatThrownBy(() -> Validity.between(d("2024-01-01"), d("2024-01-01")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("validUntil"));
  }
}
