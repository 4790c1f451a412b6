package io.cspsdk.billing.reconciliation;

import io.cspsdk.billing.internal.Currencies;
import io.cspsdk.billing.pricing.PricedLine;
import io.cspsdk.billing.pricing.RoundingPolicy;
import io.cspsdk.core.model.CurrencyMismatchException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Profit per customer and per subscription (customer price − cost), aggregated from priced lines as they arrive
 * (memory grows with customers and subscriptions, not lines). Sums are exact and rounded once per total.
 */
public final class ProfitReport {
  private final RoundingPolicy rounding;
  private final Map<String, Sums> customers = new TreeMap<>();
  private final Map<String, Sums> subscriptions = new TreeMap<>();
  private final Map<String, String> customerOfSubscription = new TreeMap<>();
  private String currency;

  private ProfitReport(RoundingPolicy rounding) {
    this.rounding = rounding;
  }

  /** An empty report rounding totals with {@code rounding}. */
  public static ProfitReport create(RoundingPolicy rounding) {
    return new ProfitReport(rounding);
  }

  /** A report of all lines of the stream (consumed and closed). */
  public static ProfitReport of(Stream<PricedLine> lines, RoundingPolicy rounding) {
    ProfitReport r = new ProfitReport(rounding);
    try (lines) {
      lines.forEach(r::add);
    }
    return r;
  }

  /** Adds one priced line; all lines must be in one currency. */
  public ProfitReport add(PricedLine line) {
    if (currency == null) {
      currency = line.currency();
    } else if (!currency.equals(line.currency())) {
      throw new CurrencyMismatchException(currency, line.currency());
    }
    String customer = line.line().customerId();
    String subscription = line.line().subscriptionId();
    customers.computeIfAbsent(customer, k -> new Sums()).add(line);
    subscriptions.computeIfAbsent(subscription, k -> new Sums()).add(line);
    customerOfSubscription.putIfAbsent(subscription, customer);
    return this;
  }

  public Optional<String> currency() {
    return Optional.ofNullable(currency);
  }

  /** Customer ids with their profit, sorted by id. */
  public Map<String, Profit> byCustomer() {
    Map<String, Profit> m = new TreeMap<>();
    customers.forEach((k, v) -> m.put(k, v.toProfit()));
    return m;
  }

  /** Subscription ids with their profit, sorted by id. */
  public Map<String, Profit> bySubscription() {
    Map<String, Profit> m = new TreeMap<>();
    subscriptions.forEach((k, v) -> m.put(k, v.toProfit()));
    return m;
  }

  /** The customer a subscription belongs to. */
  public Optional<String> customerOf(String subscriptionId) {
    return Optional.ofNullable(customerOfSubscription.get(subscriptionId));
  }

  /** The profit of everything added. */
  public Profit total() {
    Sums all = new Sums();
    customers.values().forEach(s -> {
      all.revenue = all.revenue.add(s.revenue);
      all.cost = all.cost.add(s.cost);
    });
    return all.toProfit();
  }

  private final class Sums {
    private BigDecimal revenue = BigDecimal.ZERO;
    private BigDecimal cost = BigDecimal.ZERO;

    void add(PricedLine line) {
      revenue = revenue.add(line.amount());
      cost = cost.add(line.costAmount());
    }

    Profit toProfit() {
      String cur = Currencies.orNone(currency);
      return new Profit(rounding.round(revenue, cur), rounding.round(cost, cur));
    }
  }
}
