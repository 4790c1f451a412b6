package io.cspsdk.samples.month;

import io.cspsdk.core.error.BusinessRefusal;
import io.cspsdk.core.error.PartnerCenterServiceException;
import io.cspsdk.core.error.SeatDecreaseRefusedException;
import io.cspsdk.core.model.Subscription;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Seats: five added to Contoso's Exchange Online; three of them removed again inside the seven-day window; then
 * a decrease below the seats bought in January, outside their window, refused by Partner Center with a typed
 * error. On the real Partner Center the sample changes only the subscription it bought.
 */
final class SeatChanges {
  private final Story story;

  SeatChanges(Story story) {
    this.story = story;
  }

  /** Customer and subscription whose seats change. */
  private Optional<Story.Target> target() {
    if (story.env.isFake() && story.cast.contosoId != null) {
      for (Subscription s : story.pc().subscriptions(story.cast.contosoId).list()) {
        if (s.parentSubscriptionId().isEmpty()) {
          return Optional.of(new Story.Target(story.cast.contosoId, s.id(), "Contoso"));
        }
      }
    }
    if (story.cast.purchasedSubscriptionId != null) {
      return Optional.of(new Story.Target(story.cast.newTenantId, story.cast.purchasedSubscriptionId,
          NewTenant.NAME));
    }
    return Optional.empty();
  }

  void run(LocalDate addDay, LocalDate removeDay) {
    Console c = story.console;
    Optional<Story.Target> t = target();
    if (t.isEmpty() || !story.mayWrite("seat changes")) {
      if (t.isEmpty()) {
        c.item("skipped: seat changes (no subscription of this story to change)");
      }
      return;
    }
    String customer = t.get().customerId();
    String id = t.get().subscriptionId();
    Subscription before = story.pc().subscriptions(customer).get(id);
    int bought = before.quantity();
    Subscription added = story.pc().subscriptions(customer).changeQuantity(id, bought + 5);
    c.item(t.get().name() + ", " + name(before) + ": seats " + bought + " -> " + added.quantity()
        + " (five new colleagues)");

    story.onDay(removeDay, 11);
    Subscription fewer = story.pc().subscriptions(customer).changeQuantity(id, bought + 2);
    c.item(t.get().name() + ": seats " + added.quantity() + " -> " + fewer.quantity()
        + " (three of the new seats removed inside their seven-day window: refunded pro rata)");

    if (!story.env.isFake()) {
      c.item("skipped: a decrease outside the window (the real Partner Center would apply it to seats older "
          + "than the sample's own)");
      return;
    }
    int target = bought - 5;
    try {
      story.pc().subscriptions(customer).changeQuantity(id, target);
      c.item("unexpected: the decrease to " + target + " was accepted");
    } catch (SeatDecreaseRefusedException e) {
      c.item(t.get().name() + ": seats " + fewer.quantity() + " -> " + target + " refused, as it should be:");
      c.detail(refusal(e));
    }
  }

  /** One line: the exception's type, Partner Center's code and the rule. */
  static String refusal(PartnerCenterServiceException e) {
    String rule = e instanceof BusinessRefusal r ? r.rule() : e.description().orElse(e.getMessage());
    return e.getClass().getSimpleName() + " (" + e.statusCode() + ", code " + e.errorCode().orElse("-") + "): "
        + rule;
  }

  private static String name(Subscription s) {
    return s.friendlyName().or(s::offerName).orElse(s.id());
  }
}
