package io.cspsdk.samples.month;

import io.cspsdk.billing.pricing.Margin;
import io.cspsdk.billing.pricing.Markup;
import io.cspsdk.billing.pricing.PriceKey;
import io.cspsdk.billing.pricing.PriceList;
import io.cspsdk.billing.pricing.RuleScope;
import io.cspsdk.billing.pricing.TierPricing;
import io.cspsdk.core.model.Money;
import java.util.Optional;

/**
 * The reseller's prices, used alike by quotes and by the billing report: 20 % markup on Microsoft's cost, a
 * 15 % margin on Microsoft 365 E3, and Contoso's agreed price for Exchange Online on a yearly term.
 */
final class PriceBook {
  static final String MARKUP = "20";
  static final String E3_MARGIN = "15";
  /** Contoso pays 54.00 a seat for its year of Exchange Online (Plan 1), 4.50 a month (cost 4.00). */
  static final Money CONTOSO_EXCHANGE_YEAR = Money.of("54.00", "USD");

  private PriceBook() {}

  /** The customer tier; {@code contosoId} gets its price list when known. */
  static TierPricing tier(Optional<String> contosoId) {
    TierPricing.Builder b = TierPricing.builder("reseller to customers")
        .rule(RuleScope.global(), Markup.percent(MARKUP))
        .rule(RuleScope.product(PriceKey.sku("CFQ7TTC0LFLX", "0002")), Margin.percent(E3_MARGIN));
    contosoId.ifPresent(id -> b.priceList(PriceList.forCustomer("Contoso agreement", id)
        .price(PriceKey.sku("CFQ7TTC0LHSF", "0001"), CONTOSO_EXCHANGE_YEAR)
        .build()));
    return b.build();
  }

  /** One line for the output. */
  static String describe() {
    return "prices: " + MARKUP + " % markup on cost; Microsoft 365 E3 at a " + E3_MARGIN + " % margin; Contoso: "
        + "Exchange Online (Plan 1) at " + CONTOSO_EXCHANGE_YEAR.amount() + " a seat a year";
  }
}
