package io.cspsdk.billing.quote.internal;

import io.cspsdk.billing.charges.TermCalendar;
import io.cspsdk.billing.quote.CostSource;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.Money;
import io.cspsdk.core.model.PriceSheetEntry;
import io.cspsdk.core.model.TermDuration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link CostSource} over price sheet rows: the row's per-period price times the periods of the term. */
public final class PriceSheetCosts implements CostSource {
  private final List<PriceSheetEntry> rows;

  public PriceSheetCosts(Collection<PriceSheetEntry> rows) {
    this.rows = List.copyOf(rows);
  }

  @Override
  public Optional<Money> unitCost(String productId, String skuId, TermDuration term, BillingCycle billingCycle,
      LocalDate date) {
    for (PriceSheetEntry row : rows) {
      if (row.productId().filter(productId::equalsIgnoreCase).isPresent()
          && row.skuId().filter(skuId::equalsIgnoreCase).isPresent()
          && row.termDuration().filter(term::equals).isPresent()
          && row.billingPlan().filter(billingCycle::equals).isPresent()
          && row.unitPrice().isPresent() && row.currency().isPresent()
          && valid(row, date)) {
        int periods = TermCalendar.termMonths(term) / TermCalendar.cycleMonths(billingCycle, term);
        return Optional.of(Money.of(row.unitPrice().get().multiply(BigDecimal.valueOf(periods)),
            row.currency().get().toUpperCase(java.util.Locale.ROOT)));
      }
    }
    return Optional.empty();
  }

  private static boolean valid(PriceSheetEntry row, LocalDate date) {
    LocalDate from = row.effectiveStartDate().map(PriceSheetCosts::utcDate).orElse(LocalDate.MIN);
    LocalDate until = row.effectiveEndDate().map(PriceSheetCosts::utcDate).orElse(LocalDate.MAX);
    return !date.isBefore(from) && !date.isAfter(until);
  }

  private static LocalDate utcDate(OffsetDateTime t) {
    return t.atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
  }
}
