package io.cspsdk.sync.approvals;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where requests wait and their progress is recorded. Every change is a compare-and-set on
 * {@link TrackedRequest#version()}, so that two nodes sharing one store never both move a request on.
 * Implementations: {@link InMemoryPurchaseRequestStore}, {@link JdbcPurchaseRequestStore}.
 */
public interface PurchaseRequestStore {
  /**
   * Stores a new request (version 1), unless one with the same idempotency key exists: then that one is returned
   * unchanged.
   */
  TrackedRequest insert(TrackedRequest request);

  Optional<TrackedRequest> find(String id);

  /**
   * Replaces the stored request whose version is {@code next.version() - 1} by {@code next}.
   *
   * @throws StaleRequestException when the stored version differs (someone else changed it first)
   */
  TrackedRequest update(TrackedRequest next);

  /** The requests in any of {@code states}, oldest submission first. */
  List<TrackedRequest> list(Set<RequestState> states);
}
