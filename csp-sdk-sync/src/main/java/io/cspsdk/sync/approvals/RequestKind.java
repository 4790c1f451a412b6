package io.cspsdk.sync.approvals;

/** What a {@link PurchaseRequest} asks for. */
public enum RequestKind {
  /** A new subscription: a cart with one line, checked out. */
  NEW_SUBSCRIPTION,
  /** An add-on to an existing subscription: a cart line with the parent subscription, checked out. */
  ADD_ON,
  /** A new seat count of an existing subscription. */
  SEAT_CHANGE,
  /** Cancellation of an existing subscription (new commerce: only inside its cancellation window). */
  CANCELLATION
}
