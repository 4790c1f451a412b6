package io.cspsdk.testkit.internal.state;

import java.time.Instant;

/**
 * One billable change in a subscription's life, the input of the monthly invoice run.
 *
 * @param kind     new, addQuantity, removeQuantity, cancel, renew, suspend, reactivate, convert
 * @param quantity the seats this event concerns (added, removed, or the total for new/renew/cancel)
 */
public record SubscriptionEvent(String kind, Instant at, int quantity, int quantityAfter) {}
