package io.cspsdk.sync.users;

import java.util.List;

/** Where user sync keeps its {@link UserLink}s; {@link InMemoryUserLinkStore} or a durable implementation. */
public interface UserLinkStore {
  List<UserLink> links(String customerId);

  /** Inserts or replaces the link of {@code link.directoryUserId()}. */
  void save(UserLink link);

  void delete(String customerId, String directoryUserId);
}
