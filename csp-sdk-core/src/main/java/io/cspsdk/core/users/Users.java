package io.cspsdk.core.users;

import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.Response;
import io.cspsdk.core.model.NewUser;
import io.cspsdk.core.model.User;
import io.cspsdk.core.model.UserUpdate;

/**
 * The user accounts of one customer tenant ({@code /customers/{customerId}/users}); needs app+user credentials.
 * Bad input is refused with a {@code ValidationException} before anything is sent.
 */
public interface Users {
  /** All active users, lazily, following Partner Center's seek paging. */
  default PagedIterable<User> list() {
    return list(RequestOptions.none());
  }

  PagedIterable<User> list(RequestOptions options);

  /** Soft-deleted users (state inactive), restorable for 30 days. */
  default PagedIterable<User> listDeleted() {
    return listDeleted(RequestOptions.none());
  }

  PagedIterable<User> listDeleted(RequestOptions options);

  default User get(String userId) {
    return get(userId, RequestOptions.none());
  }

  User get(String userId, RequestOptions options);

  /** Creates the user; the answer carries its id. */
  default User create(NewUser user) {
    return create(user, RequestOptions.none());
  }

  User create(NewUser user, RequestOptions options);

  /** As {@link #create(NewUser, RequestOptions)}, with the answer's status, headers, ids and ETag. */
  Response<User> createWithResponse(NewUser user, RequestOptions options);

  /**
   * Changes the attributes set in {@code update} on one user (the others are left as they are); refused before
   * sending when it sets nothing or breaks a {@link NewUser} rule.
   */
  default User update(String userId, UserUpdate update) {
    return update(userId, update, RequestOptions.none());
  }

  /** As {@link #update(String, UserUpdate)}, with per-call options. */
  User update(String userId, UserUpdate update, RequestOptions options);

  /** Soft-deletes the user (restorable for 30 days). */
  default void delete(String userId) {
    delete(userId, RequestOptions.none());
  }

  void delete(String userId, RequestOptions options);

  /** Restores a soft-deleted user (PATCH {@code state: active}). */
  default User restore(String userId) {
    return restore(userId, RequestOptions.none());
  }

  User restore(String userId, RequestOptions options);

  /** Sets a new password, checked against Microsoft Entra ID's password rules first. */
  default User resetPassword(String userId, String newPassword, boolean forceChangePassword) {
    return resetPassword(userId, newPassword, forceChangePassword, RequestOptions.none());
  }

  User resetPassword(String userId, String newPassword, boolean forceChangePassword, RequestOptions options);
}
