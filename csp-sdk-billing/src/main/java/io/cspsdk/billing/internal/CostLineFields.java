package io.cspsdk.billing.internal;

import io.cspsdk.billing.report.CostLine;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.TermDuration;
import java.lang.invoke.MethodHandles;

/**
 * The optional fields of a {@link CostLine} as nullable values, for the per-line hot path of pricing: the public
 * {@code Optional} accessors allocate on every call. Implemented by {@code CostLine} itself (the only class that
 * can read its fields), which installs it when it is initialised.
 */
public abstract class CostLineFields {
  private static CostLineFields installed;

  /** For {@code CostLine} only. */
  protected CostLineFields() {}

  /** Installs the implementation; only once. */
  public static synchronized void install(CostLineFields fields) {
    if (installed != null) {
      throw new IllegalStateException("CostLineFields already installed");
    }
    installed = fields;
  }

  /** The implementation (initialises {@code CostLine} when needed). */
  public static CostLineFields get() {
    CostLineFields f = installed;
    if (f == null) {
      try {
        MethodHandles.lookup().ensureInitialized(CostLine.class);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
      f = installed;
    }
    return f;
  }

  /** The category, or null. */
  public abstract String category(CostLine line);

  /** The term, or null. */
  public abstract TermDuration termDuration(CostLine line);

  /** The billing cycle, or null. */
  public abstract BillingCycle billingCycle(CostLine line);
}
