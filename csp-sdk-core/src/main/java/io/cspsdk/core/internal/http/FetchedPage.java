package io.cspsdk.core.internal.http;

import io.cspsdk.core.ContinuationToken;
import io.cspsdk.core.Page;
import io.cspsdk.core.error.ResponseParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** One fetched page and the cursor of the next one (null on the last page). */
final class FetchedPage<T> implements Page<T> {
  private final List<T> items;
  private final Cursor next;
  private final Long totalCount;
  private final List<ResponseParseException> unreadable;

  FetchedPage(List<T> items, Cursor next, Long totalCount) {
    this(items, next, totalCount, List.of());
  }

  FetchedPage(List<T> items, Cursor next, Long totalCount, List<ResponseParseException> unreadable) {
    this.items = items == null ? List.of() : java.util.Collections.unmodifiableList(items);
    this.next = next;
    this.totalCount = totalCount;
    this.unreadable = List.copyOf(unreadable);
  }

  @Override
  public List<ResponseParseException> unreadableItems() {
    return unreadable;
  }

  Cursor next() {
    return next;
  }

  @Override
  public List<T> items() {
    return items;
  }

  @Override
  public Optional<ContinuationToken> continuationToken() {
    return next == null ? Optional.empty() : Optional.of(next.toToken());
  }

  @Override
  public OptionalLong totalCount() {
    return totalCount == null ? OptionalLong.empty() : OptionalLong.of(totalCount);
  }

  @Override
  public String toString() {
    return "Page{items=" + items.size() + ", last=" + (next == null) + "}";
  }
}
