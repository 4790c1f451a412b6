package io.cspsdk.billing.distributor;

import io.cspsdk.billing.pricing.PricingChain;
import io.cspsdk.billing.pricing.TierPricing;
import io.cspsdk.core.error.ValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The distributor's prices for its resellers: named price tiers ({@link TierPricing} with its effective-dated price
 * lists, markup rules and guards), each reseller assigned to one tier or given its own, and an optional default tier.
 * Immutable; build with {@link #builder()}.
 */
public final class ResellerPricing {
  private final Map<String, TierPricing> tiers;
  private final Map<String, String> assignments;
  private final Map<String, TierPricing> ownPrices;
  private final Optional<String> defaultTier;

  private ResellerPricing(Builder b) {
    this.tiers = Map.copyOf(b.tiers);
    this.assignments = Map.copyOf(b.assignments);
    this.ownPrices = Map.copyOf(b.ownPrices);
    this.defaultTier = Optional.ofNullable(b.defaultTier);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The pricing a reseller is invoiced at: its own, else its tier's, else the default tier's. */
  public PricingChain chainFor(String resellerId) {
    TierPricing own = ownPrices.get(resellerId);
    if (own != null) {
      return PricingChain.of(own);
    }
    String tier = Optional.ofNullable(assignments.get(resellerId)).or(() -> defaultTier)
        .orElseThrow(() -> new ValidationException("resellerId", resellerId + " has no price tier and there is no "
            + "default tier"));
    return PricingChain.of(tiers.get(tier));
  }

  /** The tier a reseller is assigned to, if any (a reseller with its own prices has none). */
  public Optional<String> tierOf(String resellerId) {
    if (ownPrices.containsKey(resellerId)) {
      return Optional.empty();
    }
    return Optional.ofNullable(assignments.get(resellerId)).or(() -> defaultTier);
  }

  /** Builder of {@link ResellerPricing}; checks that every assignment names a defined tier. */
  public static final class Builder {
    private final Map<String, TierPricing> tiers = new LinkedHashMap<>();
    private final Map<String, String> assignments = new LinkedHashMap<>();
    private final Map<String, TierPricing> ownPrices = new LinkedHashMap<>();
    private String defaultTier;

    private Builder() {}

    /** A named tier (e.g. "gold"). */
    public Builder tier(String name, TierPricing pricing) {
      if (name == null || name.isBlank()) {
        throw new ValidationException("tier", "name is required");
      }
      if (tiers.putIfAbsent(name, Objects.requireNonNull(pricing, "pricing")) != null) {
        throw new ValidationException("tier", "'" + name + "' is defined twice");
      }
      return this;
    }

    /** Assigns a reseller to a tier. */
    public Builder assign(String resellerId, String tier) {
      assignments.put(Objects.requireNonNull(resellerId, "resellerId"), Objects.requireNonNull(tier, "tier"));
      return this;
    }

    /** Reseller-specific pricing, replacing any tier for that reseller. */
    public Builder resellerPrices(String resellerId, TierPricing pricing) {
      ownPrices.put(Objects.requireNonNull(resellerId, "resellerId"), Objects.requireNonNull(pricing, "pricing"));
      return this;
    }

    /** The tier of resellers not assigned to any. */
    public Builder defaultTier(String tier) {
      this.defaultTier = Objects.requireNonNull(tier, "tier");
      return this;
    }

    public ResellerPricing build() {
      assignments.forEach((reseller, tier) -> {
        if (!tiers.containsKey(tier)) {
          throw new ValidationException("assign", "reseller " + reseller + " is assigned to unknown tier '" + tier
              + "'");
        }
      });
      if (defaultTier != null && !tiers.containsKey(defaultTier)) {
        throw new ValidationException("defaultTier", "unknown tier '" + defaultTier + "'");
      }
      return new ResellerPricing(this);
    }
  }
}
