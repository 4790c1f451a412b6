package io.cspsdk.sync.approvals;

import io.cspsdk.core.error.ValidationException;

/** Who asked: a user of the reseller, or the customer ordering for itself (self-service). */
public record Requester(String id, boolean selfService) {
  public Requester {
    if (id == null || id.isBlank()) {
      throw new ValidationException("requester.id", "must not be blank");
    }
  }

  /** A user of the reseller (e.g. an account manager). */
  public static Requester resellerUser(String id) {
    return new Requester(id, false);
  }

  /** A user of the customer ordering through self-service. */
  public static Requester customer(String id) {
    return new Requester(id, true);
  }
}
