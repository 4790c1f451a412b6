package io.cspsdk.sync.users;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The partner's side of user sync: the users of one customer and their licence assignments as the embedding product
 * keeps them. Implementations: {@link InMemoryUserDirectory}, or the product's own adapter.
 */
public interface UserDirectory {
  /** All users of the customer, enabled and disabled. */
  List<DirectoryUser> list(String customerId);

  Optional<DirectoryUser> get(String customerId, String userId);

  /**
   * Creates the user and returns it with its id: {@code user.id()}, when set (sync sets the Partner Center id), or
   * one the directory assigns. {@code password} is the one the user signs in with (the
   * directory may keep a hash of it, never the password itself).
   */
  DirectoryUser create(String customerId, DirectoryUser user, Password password);

  /** Replaces the attributes (names, usage location, principal name, enabled) of the user {@code user.id()}. */
  DirectoryUser update(String customerId, DirectoryUser user);

  /** Disables the user (it keeps its data and can be enabled again). */
  void disable(String customerId, String userId);

  /** Removes the user for good. */
  void delete(String customerId, String userId);

  /**
   * Called after sync created the directory's user {@code userId} in Partner Center. A directory keyed by Partner
   * Center ids (such as the discovery mirror) re-keys the user to {@code partnerCenterUserId}, so that a later
   * discovery finds the same row; returns the user's id from now on (by default unchanged).
   */
  default String adoptPartnerCenterId(String customerId, String userId, String partnerCenterUserId) {
    return userId;
  }

  /** Assigns and removes directly assigned licence SKUs. */
  DirectoryUser updateLicences(String customerId, String userId, Set<String> assign, Set<String> remove);
}
