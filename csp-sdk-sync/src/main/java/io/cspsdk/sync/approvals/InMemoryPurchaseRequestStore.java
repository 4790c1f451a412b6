package io.cspsdk.sync.approvals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A {@link PurchaseRequestStore} in memory (tests, single-process products). Thread-safe. */
public final class InMemoryPurchaseRequestStore implements PurchaseRequestStore {
  private final Map<String, TrackedRequest> byId = new LinkedHashMap<>();
  private final Map<String, String> idByKey = new LinkedHashMap<>();

  @Override
  public synchronized TrackedRequest insert(TrackedRequest request) {
    String existing = idByKey.get(request.request().idempotencyKey());
    if (existing != null) {
      return byId.get(existing);
    }
    if (byId.containsKey(request.id())) {
      throw new StaleRequestException(request.id(), 0, byId.get(request.id()).version());
    }
    TrackedRequest stored = request.toBuilder().version(1).build();
    byId.put(stored.id(), stored);
    idByKey.put(stored.request().idempotencyKey(), stored.id());
    return stored;
  }

  @Override
  public synchronized Optional<TrackedRequest> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized TrackedRequest update(TrackedRequest next) {
    TrackedRequest current = byId.get(next.id());
    long actual = current == null ? 0 : current.version();
    if (actual != next.version() - 1) {
      throw new StaleRequestException(next.id(), next.version() - 1, actual);
    }
    byId.put(next.id(), next);
    return next;
  }

  @Override
  public synchronized List<TrackedRequest> list(Set<RequestState> states) {
    List<TrackedRequest> out = new ArrayList<>();
    for (TrackedRequest r : byId.values()) {
      if (states.contains(r.state())) {
        out.add(r);
      }
    }
    out.sort(Comparator.comparing(TrackedRequest::submittedAt));
    return out;
  }
}
