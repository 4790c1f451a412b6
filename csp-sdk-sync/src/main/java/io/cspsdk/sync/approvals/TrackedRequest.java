package io.cspsdk.sync.approvals;

import io.cspsdk.billing.quote.Quote;
import io.cspsdk.core.model.ModelStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A {@link PurchaseRequest} as stored: its state, the quote it stands on now (a re-quote replaces the one shown),
 * the decisions taken, and what Partner Center did with it. {@link #version()} grows with every stored change.
 */
@Value.Immutable
@ModelStyle
public abstract class TrackedRequest {
  /** Derived from the idempotency key: the same key is always the same id. */
  public abstract String id();

  public abstract PurchaseRequest request();

  public abstract RequestState state();

  public abstract long version();

  public abstract Instant submittedAt();

  public abstract Instant updatedAt();

  /** Why the request is held (the policy's reason, or that it was re-quoted). */
  public abstract Optional<String> holdReason();

  /** The quote the request is approved (or to be approved) on. */
  public abstract Optional<Quote> quote();

  /** Approvals and rejections, oldest first. */
  public abstract List<Decision> decisions();

  /** The cart created for it (new subscriptions and add-ons). */
  public abstract Optional<String> cartId();

  /** The orders its checkout created. */
  public abstract List<String> orderIds();

  /** Why it failed. */
  public abstract Optional<String> failure();

  /** The latest decision, if any. */
  public Optional<Decision> lastDecision() {
    return decisions().isEmpty() ? Optional.empty() : Optional.of(decisions().get(decisions().size() - 1));
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builder of {@link TrackedRequest}. */
  public static final class Builder extends ImmutableTrackedRequest.Builder {}
}
