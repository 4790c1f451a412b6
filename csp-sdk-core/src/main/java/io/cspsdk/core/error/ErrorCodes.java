package io.cspsdk.core.error;

/**
 * Partner Center error codes callers branch on, as {@link PartnerCenterServiceException#errorCode()} reports them
 * (text). The common business refusals also have their own exception types (see {@link BusinessRefusal}).
 */
public final class ErrorCodes {
  /** 800002: the request's input is not valid. */
  public static final String INVALID_INPUT = "800002";
  /** 800004: the offer or catalog item is not valid (unknown, or not purchasable in this combination). */
  public static final String INVALID_OFFER = "800004";
  /** 800060: an order for this cart or subscription is already in progress (409). */
  public static final String ORDER_IN_PROGRESS = "800060";
  /** 800066: the customer has too many subscriptions. */
  public static final String TOO_MANY_SUBSCRIPTIONS = "800066";
  /** 800067: the quantity exceeds the offer's maximum. */
  public static final String TOO_MANY_SEATS = "800067";
  /** 800090: the quantity cannot be decreased (outside the seat-decrease window). */
  public static final String QUANTITY_CANNOT_BE_DECREASED = "800090";
  /** 800091: the subscription is suspended or otherwise not in a state that allows the change. */
  public static final String SUBSCRIPTION_NOT_ACTIVE = "800091";
  /** 900117: the cancellation window of the subscription has closed. */
  public static final String CANCELLATION_WINDOW_CLOSED = "900117";
  /** 900121: the partner's credit limit would be exceeded. */
  public static final String CREDIT_LIMIT_EXCEEDED = "900121";
  /** 13605: the customer has not accepted the Microsoft Customer Agreement. */
  public static final String AGREEMENT_NOT_ACCEPTED = "13605";
  /** 20002: the partner has no relationship with the customer. */
  public static final String NO_RELATIONSHIP = "20002";
  /** 20003: the subscription was not found. */
  public static final String SUBSCRIPTION_NOT_FOUND = "20003";
  /** 2055: the ETag is no longer valid; read the resource again (412). */
  public static final String ETAG_NO_LONGER_VALID = "2055";
  /** 1003: the resource already exists, e.g. a customer domain already in use (409). */
  public static final String ALREADY_EXISTS = "1003";
  /** 60002: the user was not found. */
  public static final String USER_NOT_FOUND = "60002";
  /** 60011: a user with that user principal name already exists (409). */
  public static final String USER_ALREADY_EXISTS = "60011";
  /** 60012: no licences of the SKU are left to assign. */
  public static final String NO_LICENSES_LEFT = "60012";

  private ErrorCodes() {}
}
