package io.cspsdk.core.model;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Base of Partner Center's enum-like values ({@code status}, {@code billingCycle}, {@code chargeType}, ...).
 * They are <em>open</em>: the known constants, plus any unknown value kept as it was sent, so that a new status
 * never breaks a listing. Matching is case- and separator-insensitive ({@code one_time}, {@code OneTime} and
 * {@code one-time} are the same value); writing uses the constant's canonical spelling.
 *
 * <p>A subclass declares its constants with {@link Registry#known(String)} and exposes
 * {@code static X of(String)} delegating to {@link Registry#of(String)}, annotated for Jackson:
 * <pre>{@code
 * public final class SubscriptionStatus extends OpenEnum {
 *   private static final Registry<SubscriptionStatus> R = new Registry<>(SubscriptionStatus::new);
 *   public static final SubscriptionStatus ACTIVE = R.known("active");
 *   private SubscriptionStatus(String v) { super(v); }
 *   @JsonCreator public static SubscriptionStatus of(String v) { return R.of(v); }
 * }
 * }</pre>
 */
public abstract class OpenEnum {
  private final String value;

  protected OpenEnum(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /** The wire spelling: canonical for known constants, as received for unknown ones. */
  @com.fasterxml.jackson.annotation.JsonValue
  public final String value() {
    return value;
  }

  /** The matching key: lower case without separators. */
  public static String key(String raw) {
    StringBuilder sb = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '_' && c != '-' && c != ' ' && c != '.') {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && key(((OpenEnum) o).value).equals(key(value));
  }

  @Override
  public final int hashCode() {
    return key(value).hashCode();
  }

  @Override
  public final String toString() {
    return value;
  }

  /** The known constants of one open enum, and the factory for unknown ones. */
  public static final class Registry<E extends OpenEnum> {
    private final Function<String, E> factory;
    private final Map<String, E> known = new ConcurrentHashMap<>();

    public Registry(Function<String, E> factory) {
      this.factory = factory;
    }

    /** Declares a known constant with its canonical spelling. */
    public E known(String canonical) {
      E e = factory.apply(canonical);
      known.put(key(canonical), e);
      return e;
    }

    /** Declares another spelling of a known constant (e.g. {@code cancel} for {@code cancelImmediate}). */
    public void alias(String spelling, E constant) {
      known.put(key(spelling), constant);
    }

    /** The known constant matching {@code raw}, or a new unknown value keeping {@code raw}; null for null or blank. */
    public E of(String raw) {
      if (raw == null || raw.isBlank()) {
        return null;
      }
      E e = known.get(key(raw));
      return e != null ? e : factory.apply(raw);
    }

    /** Whether {@code value} is one of the declared constants. */
    public boolean isKnown(E value) {
      return known.containsKey(key(value.value()));
    }
  }
}
