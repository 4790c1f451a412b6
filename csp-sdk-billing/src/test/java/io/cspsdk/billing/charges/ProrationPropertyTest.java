package io.cspsdk.billing.charges;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.ChargeType;
import io.cspsdk.core.model.TermDuration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Over many seeded random timelines: the lines of every charge cycle sum to
 * {@code Σ(seats × days held) × cyclePrice / cycleDays} within a cent per line, and every quantity change is a
 * refund/charge pair sharing one reference id.
 */
class ProrationPropertyTest {
  private static final int TIMELINES = 400;
  private static final Set<ChargeType> CYCLE_TYPES =
      Set.of(ChargeType.NEW, ChargeType.RENEW, ChargeType.CYCLE_CHARGE);

  private record Plan(TermDuration term, BillingCycle cycle, int termMonths, int cycleMonths) {}

  private static final List<Plan> PLANS = List.of(
      new Plan(TermDuration.P1M, BillingCycle.MONTHLY, 1, 1),
      new Plan(TermDuration.P1Y, BillingCycle.MONTHLY, 12, 1),
      new Plan(TermDuration.P1Y, BillingCycle.ANNUAL, 12, 12),
      new Plan(TermDuration.P1Y, BillingCycle.ONE_TIME, 12, 12),
      new Plan(TermDuration.P3Y, BillingCycle.MONTHLY, 36, 1),
      new Plan(TermDuration.P3Y, BillingCycle.ANNUAL, 36, 12));

  /** A seat change as the generator made it, to compute seats held per day independently of the engine. */
  private record Change(LocalDate date, int delta) {}

  @ParameterizedTest
  @ValueSource(strings = {"LINE_TRUNCATION", "HALF_UP", "MICROSOFT"})
  void cycleLines_sumToSeatDaysTimesDailyPrice_withinACentPerLine(String preset) {
    boolean microsoft = preset.equals("MICROSOFT");
    ChargeEngine engine = ChargeEngine.newCommerce(
        microsoft ? RoundingPresets.microsoft() : RoundingPresets.all(Rounding.named(preset)));
    Random rnd = new Random(20221122L + preset.hashCode());
    int cyclesChecked = 0;
    int changesChecked = 0;
    for (int n = 0; n < TIMELINES; n++) {
      Plan plan = PLANS.get(rnd.nextInt(PLANS.size()));
      LocalDate bought = purchaseDate(rnd);
      int quantity = 1 + rnd.nextInt(40);
      // Microsoft's per-unit truncation of cycle charges is exact only for prices divisible by the cycle count
      BigDecimal unitPrice = microsoft
          ? BigDecimal.valueOf((1 + rnd.nextInt(5000)) * 36L, 2)
          : BigDecimal.valueOf(1 + rnd.nextInt(2_000_000), 4);
      SubscriptionTimeline.Builder b = SubscriptionTimeline.builder().subscriptionId("prop-" + n)
          .purchase(Purchase.builder().purchaseDate(bought).termDuration(plan.term()).billingCycle(plan.cycle())
              .quantity(quantity).unitPrice(unitPrice).currency("EUR").build());
      List<Change> changes = generateChanges(rnd, b, bought, quantity);
      SubscriptionTimeline t = b.build();
      LocalDate horizon = bought.plusDays(120);
      int index = n;

      List<ChargeLine> lines = engine.charges(t, bought, horizon);

      for (ChargeLine cycleLine : lines) {
        if (!CYCLE_TYPES.contains(cycleLine.chargeType())) {
          continue;
        }
        List<ChargeLine> ofCycle = lines.stream()
            .filter(l -> l == cycleLine || (!CYCLE_TYPES.contains(l.chargeType())
                && !l.chargeStartDate().isBefore(cycleLine.chargeStartDate())
                && l.chargeEndDate().equals(cycleLine.chargeEndDate())))
            .toList();
        long seatDays = seatDays(quantity, changes, cycleLine.chargeStartDate(), cycleLine.chargeEndDate());
        long cycleDays = ChronoUnit.DAYS.between(cycleLine.chargeStartDate(), cycleLine.chargeEndDate()) + 1;
        BigDecimal expected = unitPrice.multiply(BigDecimal.valueOf(seatDays * plan.cycleMonths()))
            .divide(BigDecimal.valueOf(cycleDays * plan.termMonths()), 10, RoundingMode.HALF_EVEN);
        BigDecimal actual = ofCycle.stream().map(ChargeLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tolerance = BigDecimal.valueOf(ofCycle.size(), 2);
        assertThat(actual.subtract(expected).abs())
            .as(() -> String.format("timeline %s (%s %s, bought %s, %s), cycle %s..%s: %s", index, plan.term(),
                plan.cycle(), bought, changes, cycleLine.chargeStartDate(), cycleLine.chargeEndDate(),
                Fixtures.brief(ofCycle)))
            .isLessThanOrEqualTo(tolerance);
        cyclesChecked++;
      }
      for (int i = 0; i < lines.size(); i++) {
        ChargeLine l = lines.get(i);
        if (l.chargeType().equals(ChargeType.ADD_QUANTITY) || l.chargeType().equals(ChargeType.REMOVE_QUANTITY)) {
          ChargeLine charge = lines.get(i + 1);
          assertThat(l.amount().signum()).isLessThanOrEqualTo(0);
          assertThat(charge.referenceId()).isEqualTo(l.referenceId());
          assertThat(charge.chargeStartDate()).isEqualTo(l.chargeStartDate());
          assertThat(charge.amount().signum()).isGreaterThanOrEqualTo(0);
          changesChecked++;
          i++;
        }
      }
    }
    assertThat(cyclesChecked).isGreaterThan(TIMELINES);
    assertThat(changesChecked).isGreaterThan(TIMELINES);
  }

  /** Mostly random days, often month ends and leap days. */
  private static LocalDate purchaseDate(Random rnd) {
    LocalDate d = LocalDate.of(2019, 1, 1).plusDays(rnd.nextInt(2200));
    int kind = rnd.nextInt(4);
    if (kind == 0) {
      return d.withDayOfMonth(d.lengthOfMonth() - rnd.nextInt(3));
    }
    if (kind == 1 && rnd.nextInt(3) == 0) {
      return LocalDate.of(2020 + 4 * rnd.nextInt(2), 2, 29);
    }
    return d;
  }

  /** Adds and removes within 90 days; removals only of seats the generator knows are inside their window. */
  private static List<Change> generateChanges(Random rnd, SubscriptionTimeline.Builder b, LocalDate bought,
      int quantity) {
    List<Change> changes = new ArrayList<>();
    List<int[]> batches = new ArrayList<>(); // {epochDay added, seats left}
    batches.add(new int[] {(int) bought.toEpochDay(), quantity});
    int seats = quantity;
    LocalDate day = bought;
    int count = rnd.nextInt(9);
    for (int i = 0; i < count; i++) {
      if (rnd.nextInt(5) != 0) {
        day = day.plusDays(rnd.nextInt(20));
      }
      int open = 0;
      for (int[] batch : batches) {
        if (day.toEpochDay() - batch[0] <= 7) {
          open += batch[1];
        }
      }
      int removable = Math.min(open, seats - 1);
      if (removable > 0 && rnd.nextBoolean()) {
        int remove = 1 + rnd.nextInt(removable);
        int left = remove;
        for (int j = batches.size() - 1; j >= 0 && left > 0; j--) {
          int[] batch = batches.get(j);
          if (day.toEpochDay() - batch[0] <= 7) {
            int take = Math.min(left, batch[1]);
            batch[1] -= take;
            left -= take;
          }
        }
        b.removeSeats(day, remove);
        changes.add(new Change(day, -remove));
        seats -= remove;
      } else {
        int add = 1 + rnd.nextInt(10);
        b.addSeats(day, add);
        batches.add(new int[] {(int) day.toEpochDay(), add});
        changes.add(new Change(day, add));
        seats += add;
      }
    }
    return changes;
  }

  /** Σ seats held per day over {@code from..to}: the event day already holds the new quantity. */
  private static long seatDays(int initial, List<Change> changes, LocalDate from, LocalDate to) {
    long total = initial * (ChronoUnit.DAYS.between(from, to) + 1);
    for (Change c : changes) {
      if (!c.date().isAfter(to)) {
        LocalDate heldFrom = c.date().isAfter(from) ? c.date() : from;
        total += c.delta() * (ChronoUnit.DAYS.between(heldFrom, to) + 1);
      }
    }
    return total;
  }
}
