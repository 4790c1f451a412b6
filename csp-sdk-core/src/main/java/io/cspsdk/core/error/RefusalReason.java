package io.cspsdk.core.error;

/** Which business rule refused an operation (see {@link BusinessRefusal}). */
public enum RefusalReason {
  /** Seats can only be removed while they are inside their seat-decrease window. */
  SEAT_DECREASE_NOT_ALLOWED,
  /** The subscription's cancellation window has closed. */
  CANCELLATION_WINDOW_CLOSED,
  /** The customer has not accepted the Microsoft Customer Agreement. */
  AGREEMENT_MISSING,
  /** The catalog item is unknown or cannot be bought in this combination. */
  UNKNOWN_CATALOG_ITEM,
  /** No licences of the SKU are left to assign. */
  NO_LICENSES_LEFT,
  /** Another rule of the subscription's lifecycle (suspended subscription, renewal, upgrade path, ...). */
  OTHER_RULE
}
