package io.cspsdk.samples.month;

import io.cspsdk.core.model.Subscription;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A cancellation inside the seven-day window (Tailspin Toys' trial month of Exchange Online, bought on 27
 * February) and a suspension (Northwind Traders has not paid). On the real Partner Center the sample cancels
 * only the subscription its self-service order bought, and suspends nothing.
 */
final class CancelAndSuspend {
  private final Story story;

  CancelAndSuspend(Story story) {
    this.story = story;
  }

  void cancel() {
    Console c = story.console;
    Optional<Story.Target> t = story.env.isFake()
        ? base(CastLookup.customerId(story, "Tailspin Toys"), "Tailspin Toys")
        : Story.Cast.of(story.cast.selfServiceSubscriptionId).map(s -> new Story.Target(story.cast.newTenantId, s,
            NewTenant.NAME));
    if (t.isEmpty()) {
      c.item("skipped: a cancellation (no subscription of this story to cancel)");
      return;
    }
    if (!story.mayWrite("the cancellation")) {
      return;
    }
    Subscription s = story.pc().subscriptions(t.get().customerId()).get(t.get().subscriptionId());
    Subscription cancelled = story.pc().subscriptions(t.get().customerId()).cancel(t.get().subscriptionId());
    story.cast.cancelCustomerId = t.get().customerId();
    story.cast.cancelSubscriptionId = t.get().subscriptionId();
    c.item(t.get().name() + " cancels " + s.offerName().orElse("?") + " (" + s.quantity() + " seats, bought "
        + s.creationDate().map(d -> d.toLocalDate().toString()).orElse("?") + "): " + cancelled.status()
        + "; cancellable until " + s.cancellationAllowedUntilDate()
        .map(d -> d.toLocalDate().toString()).orElse("?") + ", so the unused part is refunded");
  }

  void suspend() {
    Console c = story.console;
    if (!story.env.isFake()) {
      c.item("skipped: a suspension (on the real Partner Center the sample suspends nothing)");
      return;
    }
    Optional<Story.Target> t = base(CastLookup.customerId(story, "Northwind Traders"), "Northwind Traders");
    if (t.isEmpty() || !story.mayWrite("the suspension")) {
      return;
    }
    Subscription suspended = story.pc().subscriptions(t.get().customerId()).suspend(t.get().subscriptionId());
    story.cast.suspendCustomerId = t.get().customerId();
    story.cast.suspendSubscriptionId = t.get().subscriptionId();
    c.item("Northwind Traders has not paid February: " + suspended.offerName().orElse("?") + " is "
        + suspended.status() + " (Microsoft keeps billing it; auto-renew is "
        + (suspended.autoRenewEnabled() ? "on" : "off") + ")");
  }

  private Optional<Story.Target> base(Optional<String> customerId, String name) {
    if (customerId.isEmpty()) {
      return Optional.empty();
    }
    for (Subscription s : story.pc().subscriptions(customerId.get()).list()) {
      if (s.parentSubscriptionId().isEmpty()) {
        return Optional.of(new Story.Target(customerId.get(), s.id(), name));
      }
    }
    return Optional.empty();
  }
}
