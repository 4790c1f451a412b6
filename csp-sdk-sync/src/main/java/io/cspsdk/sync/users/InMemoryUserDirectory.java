package io.cspsdk.sync.users;

import io.cspsdk.core.error.ValidationException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@link UserDirectory} in memory, thread-safe; sets {@code modifiedAt} from its clock on every change. Keeps no
 * passwords.
 */
public final class InMemoryUserDirectory implements UserDirectory {
  private final Map<String, Map<String, DirectoryUser>> users = new LinkedHashMap<>();
  private final Clock clock;

  public InMemoryUserDirectory(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized List<DirectoryUser> list(String customerId) {
    return new ArrayList<>(of(customerId).values());
  }

  @Override
  public synchronized Optional<DirectoryUser> get(String customerId, String userId) {
    return Optional.ofNullable(of(customerId).get(userId));
  }

  @Override
  public synchronized DirectoryUser create(String customerId, DirectoryUser user, Password password) {
    for (DirectoryUser u : of(customerId).values()) {
      if (u.userPrincipalName().equalsIgnoreCase(user.userPrincipalName())) {
        throw new ValidationException("userPrincipalName", "already used by directory user " + u.id().orElse(""));
      }
    }
    DirectoryUser created = user.toBuilder().id(user.id().orElse(UUID.randomUUID().toString()))
        .modifiedAt(clock.instant()).build();
    of(customerId).put(created.id().orElseThrow(), created);
    return created;
  }

  @Override
  public synchronized DirectoryUser update(String customerId, DirectoryUser user) {
    DirectoryUser old = existing(customerId, user.id().orElse(""));
    DirectoryUser updated = old.toBuilder().userPrincipalName(user.userPrincipalName()).firstName(user.firstName())
        .lastName(user.lastName()).displayName(user.displayName()).usageLocation(user.usageLocation())
        .enabled(user.enabled()).modifiedAt(clock.instant()).build();
    of(customerId).put(updated.id().orElseThrow(), updated);
    return updated;
  }

  @Override
  public synchronized void disable(String customerId, String userId) {
    DirectoryUser u = existing(customerId, userId);
    of(customerId).put(userId, u.toBuilder().enabled(false).modifiedAt(clock.instant()).build());
  }

  @Override
  public synchronized void delete(String customerId, String userId) {
    existing(customerId, userId);
    of(customerId).remove(userId);
  }

  @Override
  public synchronized DirectoryUser updateLicences(String customerId, String userId, Set<String> assign,
                                                   Set<String> remove) {
    DirectoryUser u = existing(customerId, userId);
    Set<String> licences = new LinkedHashSet<>(u.licences());
    remove.forEach(s -> licences.remove(s.toLowerCase(Locale.ROOT)));
    assign.forEach(s -> licences.add(s.toLowerCase(Locale.ROOT)));
    DirectoryUser updated = u.toBuilder().licences(licences).modifiedAt(clock.instant()).build();
    of(customerId).put(userId, updated);
    return updated;
  }

  /** Adds or replaces a user as the product would (the test's and the embedding product's own edits). */
  public synchronized DirectoryUser put(String customerId, DirectoryUser user) {
    DirectoryUser u = user.toBuilder().id(user.id().orElse(UUID.randomUUID().toString()))
        .modifiedAt(user.modifiedAt().orElse(clock.instant())).build();
    of(customerId).put(u.id().orElseThrow(), u);
    return u;
  }

  /** The user with the given principal name (case-insensitive). */
  public synchronized Optional<DirectoryUser> byUserPrincipalName(String customerId, String upn) {
    return of(customerId).values().stream().filter(u -> u.userPrincipalName().equalsIgnoreCase(upn)).findFirst();
  }

  private DirectoryUser existing(String customerId, String userId) {
    DirectoryUser u = of(customerId).get(userId);
    if (u == null) {
      throw new ValidationException("userId", "no directory user " + userId + " in customer " + customerId);
    }
    return u;
  }

  private Map<String, DirectoryUser> of(String customerId) {
    return users.computeIfAbsent(customerId, k -> new LinkedHashMap<>());
  }
}
