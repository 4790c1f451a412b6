package io.cspsdk.sync.users;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link UserLinkStore} in memory (tests, or a product that rebuilds links by UPN after a restart). */
public final class InMemoryUserLinkStore implements UserLinkStore {
  private final Map<String, Map<String, UserLink>> byCustomer = new ConcurrentHashMap<>();

  @Override
  public List<UserLink> links(String customerId) {
    return new ArrayList<>(byCustomer.getOrDefault(customerId, Map.of()).values());
  }

  @Override
  public void save(UserLink link) {
    byCustomer.computeIfAbsent(link.customerId(), k -> new ConcurrentHashMap<>()).put(link.directoryUserId(), link);
  }

  @Override
  public void delete(String customerId, String directoryUserId) {
    byCustomer.getOrDefault(customerId, new ConcurrentHashMap<>()).remove(directoryUserId);
  }
}
