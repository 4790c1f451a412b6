package io.cspsdk.sync.approvals;

import io.cspsdk.billing.quote.Quote;
import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.error.NotFoundException;
import io.cspsdk.core.error.PartnerCenterServiceException;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.CatalogItemId;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.sync.approvals.internal.Execution;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Purchase requests from submission to Partner Center: the {@link ApprovalPolicy} approves a submitted request or
 * holds it in the {@link PurchaseRequestStore}; an approved request is re-checked (re-quoted, still available,
 * still inside its cancellation window) and carried out exactly once — a cart and its checkout, or the
 * subscription change — even when the process stops between approval and checkout ({@link #resume()} finishes
 * it). A re-quote with other prices sends the request back for approval instead of charging the new price.
 *
 * <pre>{@code
 * PurchaseApprovals approvals = PurchaseApprovals.builder(client, store)
 *     .policy(ApprovalPolicy.holdSelfService()).requoter(requoter).listener(notifier).build();
 * TrackedRequest held = approvals.submit(request);             // PENDING_APPROVAL
 * TrackedRequest done = approvals.approve(held.id(), "anna");  // COMPLETED, with the order ids
 * }</pre>
 */
public final class PurchaseApprovals {
  private static final Logger LOG = LoggerFactory.getLogger(PurchaseApprovals.class);
  /** Partner Center's offline default for the new-commerce cancellation window. */
  private static final Duration CANCELLATION_WINDOW = Duration.ofHours(168);
  private static final String POLICY = "policy";

  private final PartnerCenterClient client;
  private final PurchaseRequestStore store;
  private final ApprovalPolicy policy;
  private final Requoter requoter;
  private final Clock clock;
  private final String country;
  private final List<ApprovalListener> listeners;
  private final Execution execution;

  private PurchaseApprovals(Builder b) {
    this.client = b.client;
    this.store = b.store;
    this.policy = b.policy;
    this.requoter = b.requoter;
    this.clock = b.clock;
    this.country = b.country;
    this.listeners = List.copyOf(b.listeners);
    this.execution = new Execution(client);
  }

  /** A builder over the client and the store where requests are kept. */
  public static Builder builder(PartnerCenterClient client, PurchaseRequestStore store) {
    return new Builder(client, store);
  }

  /** The id a request with this idempotency key has. */
  public static String idFor(String idempotencyKey) {
    return UUID.nameUUIDFromBytes(("purchase-request/" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString();
  }

  /**
   * Submits a request: held when the policy says so, otherwise approved and carried out at once. Submitting the
   * same idempotency key again returns the stored request and does nothing.
   */
  public TrackedRequest submit(PurchaseRequest request) {
    String id = idFor(request.idempotencyKey());
    Optional<TrackedRequest> existing = store.find(id);
    if (existing.isPresent()) {
      return existing.get();
    }
    Instant now = clock.instant();
    Optional<String> hold = policy.holdReason(request);
    TrackedRequest.Builder b = TrackedRequest.builder().id(id).request(request).version(1).submittedAt(now)
        .updatedAt(now).quote(request.quote());
    TrackedRequest fresh = hold.isPresent()
        ? b.state(RequestState.PENDING_APPROVAL).holdReason(hold).build()
        : b.state(RequestState.APPROVED).addDecisions(new Decision(POLICY, now, true, Optional.of("auto-approved")))
            .build();
    TrackedRequest stored = store.insert(fresh);
    if (!stored.equals(fresh)) {
      return stored; // submitted concurrently with the same key
    }
    notifyListeners(stored, Optional.empty());
    return stored.state() == RequestState.APPROVED ? carryOut(stored) : stored;
  }

  /** Approves a held request and carries it out; {@code decidedBy} and the time are recorded. */
  public TrackedRequest approve(String id, String decidedBy) {
    TrackedRequest t = held(id, "approve");
    Instant now = clock.instant();
    TrackedRequest approved = move(t, RequestState.APPROVED,
        b -> b.addDecisions(new Decision(text("decidedBy", decidedBy), now, true, Optional.empty()))
            .holdReason(Optional.empty()));
    return carryOut(approved);
  }

  /** Rejects a held request; nothing is sent to Partner Center. */
  public TrackedRequest reject(String id, String decidedBy, String reason) {
    TrackedRequest t = held(id, "reject");
    Instant now = clock.instant();
    return move(t, RequestState.REJECTED,
        b -> b.addDecisions(new Decision(text("decidedBy", decidedBy), now, false, Optional.ofNullable(reason))));
  }

  /**
   * Carries out every approved request and finishes every one interrupted while executing (call it at start-up,
   * or periodically). Returns the requests as they are afterwards.
   */
  public List<TrackedRequest> resume() {
    List<TrackedRequest> out = new ArrayList<>();
    for (TrackedRequest t : store.list(EnumSet.of(RequestState.APPROVED, RequestState.EXECUTING))) {
      try {
        out.add(carryOut(t));
      } catch (StaleRequestException e) {
        // another node moved it on meanwhile: report it as that node left it
        out.add(store.find(t.id()).orElse(t));
      }
    }
    return out;
  }

  /** The requests waiting for a decision, oldest first. */
  public List<TrackedRequest> pending() {
    return store.list(EnumSet.of(RequestState.PENDING_APPROVAL));
  }

  public Optional<TrackedRequest> find(String id) {
    return store.find(id);
  }

  private TrackedRequest carryOut(TrackedRequest t) {
    try {
      if (t.state() == RequestState.APPROVED) {
        t = recheck(t);
        if (t.state() != RequestState.APPROVED) {
          return t;
        }
        t = move(t, RequestState.EXECUTING, UnaryOperator.identity());
      }
      return t.state() == RequestState.EXECUTING ? execution.run(t, progress) : t;
    } catch (PartnerCenterServiceException e) {
      int status = e.statusCode();
      if (status >= 400 && status < 500 && status != 408 && status != 429) {
        TrackedRequest current = store.find(t.id()).orElse(t);
        return fail(current, "Partner Center refused it: " + status + e.errorCode().map(c -> " " + c).orElse("")
            + e.description().map(d -> " " + d).orElse(""));
      }
      throw e; // transient: stays APPROVED or EXECUTING, resume() tries again with the same request ids
    }
  }

  /** What may have changed while the request waited: prices, availability, the cancellation window. */
  private TrackedRequest recheck(TrackedRequest t) {
    PurchaseRequest r = t.request();
    Instant now = clock.instant();
    if (r.kind() == RequestKind.CANCELLATION) {
      Subscription s = client.subscriptions(r.customerId()).get(r.subscriptionId().orElseThrow());
      Instant until = s.cancellationAllowedUntilDate().map(d -> d.toInstant())
          .or(() -> s.effectiveStartDate().map(d -> d.toInstant().plus(CANCELLATION_WINDOW)))
          .orElse(null);
      if (until != null && now.isAfter(until)) {
        return fail(t, "cancellation window closed at " + until);
      }
      return t;
    }
    if (r.kind() == RequestKind.NEW_SUBSCRIPTION || r.kind() == RequestKind.ADD_ON) {
      try {
        client.catalog().availability(CatalogItemId.parse(r.catalogItemId().orElseThrow()), country);
      } catch (NotFoundException e) {
        return fail(t, r.catalogItemId().get() + " is no longer available in " + country);
      }
    }
    if (t.quote().isPresent()) {
      Quote shown = t.quote().get();
      Quote requoted = requoter.requote(r, shown, now);
      if (!requoted.samePricesAs(shown)) {
        return move(t, RequestState.PENDING_APPROVAL, b -> b.quote(requoted).holdReason(
            "re-quoted: the price changed from " + shown.perPeriod().price() + " to " + requoted.perPeriod().price()
                + " per period"));
      }
    }
    return t;
  }

  private final Execution.Progress progress = new Execution.Progress() {
    @Override
    public TrackedRequest save(TrackedRequest current, UnaryOperator<TrackedRequest.Builder> change) {
      return store.update(change.apply(current.toBuilder().version(current.version() + 1)
          .updatedAt(clock.instant())).build());
    }

    @Override
    public TrackedRequest complete(TrackedRequest current, List<String> orderIds) {
      return move(current, RequestState.COMPLETED, b -> b.orderIds(orderIds));
    }

    @Override
    public TrackedRequest fail(TrackedRequest current, String reason) {
      return PurchaseApprovals.this.fail(current, reason);
    }
  };

  private TrackedRequest fail(TrackedRequest t, String reason) {
    return move(t, RequestState.FAILED, b -> b.failure(reason));
  }

  private TrackedRequest move(TrackedRequest t, RequestState to, UnaryOperator<TrackedRequest.Builder> change) {
    TrackedRequest next = store.update(change.apply(t.toBuilder().state(to).version(t.version() + 1)
        .updatedAt(clock.instant())).build());
    notifyListeners(next, Optional.of(t.state()));
    return next;
  }

  private void notifyListeners(TrackedRequest t, Optional<RequestState> from) {
    StateChange change = new StateChange(t, from, t.state(), t.updatedAt());
    for (ApprovalListener l : listeners) {
      try {
        l.onStateChange(change);
      } catch (RuntimeException e) {
        LOG.warn("approval listener failed on request {} ({} -> {})", t.id(), from.orElse(null), t.state(), e);
      }
    }
  }

  private TrackedRequest held(String id, String action) {
    TrackedRequest t = store.find(id).orElseThrow(() -> new ValidationException("id", "no request " + id));
    if (t.state() != RequestState.PENDING_APPROVAL) {
      throw new ValidationException("state", "only a request pending approval can be " + action + "d; "
          + id + " is " + t.state());
    }
    return t;
  }

  private static String text(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new ValidationException(field, "must not be blank");
    }
    return value;
  }

  /** Builder of {@link PurchaseApprovals}. */
  public static final class Builder {
    private final PartnerCenterClient client;
    private final PurchaseRequestStore store;
    private ApprovalPolicy policy = ApprovalPolicy.holdAll();
    private Requoter requoter;
    private Clock clock = Clock.systemUTC();
    private String country = "US";
    private final List<ApprovalListener> listeners = new ArrayList<>();

    private Builder(PartnerCenterClient client, PurchaseRequestStore store) {
      this.client = Objects.requireNonNull(client, "client");
      this.store = Objects.requireNonNull(store, "store");
    }

    /** Which requests are held ({@link ApprovalPolicy#holdAll()} by default). */
    public Builder policy(ApprovalPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** Re-quotes a quoted request before it is carried out (required). */
    public Builder requoter(Requoter requoter) {
      this.requoter = Objects.requireNonNull(requoter, "requoter");
      return this;
    }

    /** The clock of decisions and re-checks (UTC system clock by default). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The country whose catalog is checked for availability ({@code US} by default). */
    public Builder country(String country) {
      this.country = text("country", country);
      return this;
    }

    public Builder listener(ApprovalListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    public PurchaseApprovals build() {
      if (requoter == null) {
        throw new ValidationException("requoter", "is required (a quoted request is re-quoted before it is carried out)");
      }
      return new PurchaseApprovals(this);
    }
  }
}
