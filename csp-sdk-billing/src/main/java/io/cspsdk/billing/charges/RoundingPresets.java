package io.cspsdk.billing.charges;

import io.cspsdk.core.model.ChargeType;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link Rounding} used for each charge type, with a fallback. Immutable; {@link #with} returns a copy.
 *
 * <p>{@link #microsoft()} reproduces Microsoft's published new-commerce examples: {@code addQuantity} /
 * {@code removeQuantity} by {@link Rounding#LINE_TRUNCATION}, everything else ({@code cancelImmediate},
 * {@code convert}, {@code new}, {@code renew}, {@code cycleCharge}, ...) by {@link Rounding#PER_UNIT_TRUNCATION}.
 * {@link #legacyDefaults()} uses {@link Rounding#PER_UNIT_HALF_UP} for every type (the legacy example's
 * "2 seats × 1.55").
 */
public final class RoundingPresets {
  private final Map<ChargeType, Rounding> byType;
  /** Fast path for the engine's own (constant) charge types: open-enum equality normalises strings. */
  private final Map<ChargeType, Rounding> byIdentity;
  private final Rounding fallback;

  private RoundingPresets(Map<ChargeType, Rounding> byType, Rounding fallback) {
    this.byType = Map.copyOf(byType);
    this.byIdentity = new IdentityHashMap<>(byType);
    this.fallback = Objects.requireNonNull(fallback, "fallback");
  }

  /** New-commerce defaults matching Microsoft's published examples. */
  public static RoundingPresets microsoft() {
    return all(Rounding.PER_UNIT_TRUNCATION)
        .with(ChargeType.ADD_QUANTITY, Rounding.LINE_TRUNCATION)
        .with(ChargeType.REMOVE_QUANTITY, Rounding.LINE_TRUNCATION);
  }

  /** Legacy defaults: per-unit half-up everywhere. */
  public static RoundingPresets legacyDefaults() {
    return all(Rounding.PER_UNIT_HALF_UP);
  }

  /** One rounding for every charge type. */
  public static RoundingPresets all(Rounding rounding) {
    return new RoundingPresets(Map.of(), rounding);
  }

  /** A copy using {@code rounding} for {@code chargeType}. */
  public RoundingPresets with(ChargeType chargeType, Rounding rounding) {
    Map<ChargeType, Rounding> m = new HashMap<>(byType);
    m.put(Objects.requireNonNull(chargeType, "chargeType"), Objects.requireNonNull(rounding, "rounding"));
    return new RoundingPresets(m, fallback);
  }

  /** The rounding for {@code chargeType}. */
  public Rounding forType(ChargeType chargeType) {
    Rounding r = byIdentity.get(chargeType);
    return r != null ? r : byType.getOrDefault(chargeType, fallback);
  }

  @Override
  public String toString() {
    return "RoundingPresets{" + byType + ", otherwise " + fallback.name() + "}";
  }
}
