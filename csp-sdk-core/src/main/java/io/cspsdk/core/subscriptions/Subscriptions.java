package io.cspsdk.core.subscriptions;

import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.Response;
import io.cspsdk.core.model.ScheduledNextTermInstructions;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.core.model.Transition;
import io.cspsdk.core.model.TransitionEligibility;

/**
 * One customer's subscriptions. Changes (quantity, status, auto-renew, friendly name, next-term instructions) read
 * the subscription, change one field and send the whole subscription back with {@code If-Match} of its etag; when
 * Partner Center answers 202 the call waits for the result, bounded by the call's timeout. Upgrades of new-commerce
 * subscriptions are transitions.
 *
 * <p>Every change has a {@code …WithResponse} form for audit trails. Its {@link Response} always has one shape: the
 * {@link Response#value() value} is the final subscription (after any polling), and the metadata is that of the
 * answer that accepted the change, never of a poll: {@link Response#statusCode()} 200 (applied at once) or 202
 * (accepted, then polled; {@code header("Location")} is the operation that was followed), its headers and ETag, and
 * the {@code MS-RequestId} / {@code MS-CorrelationId} the change was sent with, the same on every retry of it. The
 * read before the change and the polls have their own request ids. One exception: when a retried change met 412
 * because an earlier attempt had already been applied (its answer lost), the status is 412, the headers are empty
 * and the ids are those of the change, and the value is the subscription read back.
 */
public interface Subscriptions {
  default PagedIterable<Subscription> list() {
    return list(RequestOptions.none());
  }

  PagedIterable<Subscription> list(RequestOptions options);

  /** The subscriptions an order created. */
  default PagedIterable<Subscription> listByOrder(String orderId) {
    return listByOrder(orderId, RequestOptions.none());
  }

  PagedIterable<Subscription> listByOrder(String orderId, RequestOptions options);

  default Subscription get(String subscriptionId) {
    return get(subscriptionId, RequestOptions.none());
  }

  Subscription get(String subscriptionId, RequestOptions options);

  /** The add-on subscriptions of a subscription. */
  default PagedIterable<Subscription> addOns(String subscriptionId) {
    return addOns(subscriptionId, RequestOptions.none());
  }

  PagedIterable<Subscription> addOns(String subscriptionId, RequestOptions options);

  /** Sets the number of seats (at least 1). */
  default Subscription changeQuantity(String subscriptionId, int quantity) {
    return changeQuantity(subscriptionId, quantity, RequestOptions.none());
  }

  Subscription changeQuantity(String subscriptionId, int quantity, RequestOptions options);

  /** {@link #changeQuantity} with the metadata of the accepting answer (see the type's description). */
  Response<Subscription> changeQuantityWithResponse(String subscriptionId, int quantity, RequestOptions options);

  /** Suspends the subscription ({@code status: suspended}). */
  default Subscription suspend(String subscriptionId) {
    return suspend(subscriptionId, RequestOptions.none());
  }

  Subscription suspend(String subscriptionId, RequestOptions options);

  /** {@link #suspend} with the metadata of the accepting answer (see the type's description). */
  Response<Subscription> suspendWithResponse(String subscriptionId, RequestOptions options);

  /** Reactivates a suspended subscription ({@code status: active}). */
  default Subscription reactivate(String subscriptionId) {
    return reactivate(subscriptionId, RequestOptions.none());
  }

  Subscription reactivate(String subscriptionId, RequestOptions options);

  /** {@link #reactivate} with the metadata of the accepting answer (see the type's description). */
  Response<Subscription> reactivateWithResponse(String subscriptionId, RequestOptions options);

  /** Cancels the subscription ({@code status: deleted}); new commerce allows it only in the cancellation window. */
  default Subscription cancel(String subscriptionId) {
    return cancel(subscriptionId, RequestOptions.none());
  }

  Subscription cancel(String subscriptionId, RequestOptions options);

  /** {@link #cancel} with the metadata of the accepting answer (see the type's description). */
  Response<Subscription> cancelWithResponse(String subscriptionId, RequestOptions options);

  default Subscription setAutoRenew(String subscriptionId, boolean autoRenew) {
    return setAutoRenew(subscriptionId, autoRenew, RequestOptions.none());
  }

  Subscription setAutoRenew(String subscriptionId, boolean autoRenew, RequestOptions options);

  /** {@link #setAutoRenew} with the metadata of the accepting answer (see the type's description). */
  Response<Subscription> setAutoRenewWithResponse(String subscriptionId, boolean autoRenew, RequestOptions options);

  default Subscription setFriendlyName(String subscriptionId, String friendlyName) {
    return setFriendlyName(subscriptionId, friendlyName, RequestOptions.none());
  }

  Subscription setFriendlyName(String subscriptionId, String friendlyName, RequestOptions options);

  /** {@link #setFriendlyName} with the metadata of the accepting answer (see the type's description). */
  Response<Subscription> setFriendlyNameWithResponse(String subscriptionId, String friendlyName,
      RequestOptions options);

  /**
   * Schedules changes for the next renewal (product, quantity, custom term end). Partner Center accepts them only
   * while auto-renew is on: a subscription read with auto-renew off is refused before the change is sent.
   */
  default Subscription scheduleNextTerm(String subscriptionId, ScheduledNextTermInstructions instructions) {
    return scheduleNextTerm(subscriptionId, instructions, RequestOptions.none());
  }

  Subscription scheduleNextTerm(String subscriptionId, ScheduledNextTermInstructions instructions,
      RequestOptions options);

  /** {@link #scheduleNextTerm} with the metadata of the accepting answer (see the type's description). */
  Response<Subscription> scheduleNextTermWithResponse(String subscriptionId,
      ScheduledNextTermInstructions instructions, RequestOptions options);

  /** Removes the scheduled next-term changes. */
  default Subscription clearScheduledNextTerm(String subscriptionId) {
    return clearScheduledNextTerm(subscriptionId, RequestOptions.none());
  }

  Subscription clearScheduledNextTerm(String subscriptionId, RequestOptions options);

  /** {@link #clearScheduledNextTerm} with the metadata of the accepting answer (see the type's description). */
  Response<Subscription> clearScheduledNextTermWithResponse(String subscriptionId, RequestOptions options);

  /** The targets the subscription can be upgraded to, now or at renewal. */
  default PagedIterable<TransitionEligibility> transitionEligibilities(String subscriptionId, EligibilityType type) {
    return transitionEligibilities(subscriptionId, type, RequestOptions.none());
  }

  PagedIterable<TransitionEligibility> transitionEligibilities(String subscriptionId, EligibilityType type,
      RequestOptions options);

  /** Upgrades the subscription to {@code transition.toCatalogItemId} (quantity at least 1). */
  default Transition transition(String subscriptionId, Transition transition) {
    return transition(subscriptionId, transition, RequestOptions.none());
  }

  Transition transition(String subscriptionId, Transition transition, RequestOptions options);

  /**
   * {@link #transition} with the answer's status, headers and the ids the upgrade was sent with (the same on every
   * retry); Partner Center answers the upgrade request itself, without an operation to poll.
   */
  Response<Transition> transitionWithResponse(String subscriptionId, Transition transition, RequestOptions options);

  /** The transitions of the subscription with their events. */
  default PagedIterable<Transition> transitions(String subscriptionId) {
    return transitions(subscriptionId, null, RequestOptions.none());
  }

  /** As {@link #transitions(String)}, with per-call options. */
  default PagedIterable<Transition> transitions(String subscriptionId, RequestOptions options) {
    return transitions(subscriptionId, null, options);
  }

  /** The transitions of the subscription, only those of {@code operationId} when not null. */
  PagedIterable<Transition> transitions(String subscriptionId, String operationId, RequestOptions options);
}
