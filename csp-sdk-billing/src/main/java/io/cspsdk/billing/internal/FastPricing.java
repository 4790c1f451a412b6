package io.cspsdk.billing.internal;

import io.cspsdk.billing.pricing.PricingChain;
import java.util.Objects;
import java.util.function.Function;

/**
 * Hands the report builder the scaled pricer of a {@link PricingChain}, which lives in the pricing package and
 * needs its internals. The pricing package installs the factory once, when {@code PricingChain} is initialised.
 */
public final class FastPricing {
  private static volatile Function<PricingChain, LinePricer> factory;

  private FastPricing() {}

  /** Called once by {@code PricingChain}'s class initialiser. */
  public static void install(Function<PricingChain, LinePricer> pricers) {
    if (factory != null) {
      throw new IllegalStateException("already installed");
    }
    factory = Objects.requireNonNull(pricers);
  }

  /** A new pricer (with empty caches) for one run over {@code chain}. */
  public static LinePricer pricer(PricingChain chain) {
    return factory.apply(Objects.requireNonNull(chain, "pricing"));
  }
}
