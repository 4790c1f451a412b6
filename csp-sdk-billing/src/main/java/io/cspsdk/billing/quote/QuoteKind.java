package io.cspsdk.billing.quote;

/** What a {@link Quote} prices. */
public enum QuoteKind {
  /** A new subscription or add-on. */
  NEW_SUBSCRIPTION,
  /** A change of the seat count of an existing subscription. */
  SEAT_CHANGE
}
