package io.cspsdk.core;

import java.util.stream.Stream;

/**
 * A lazy listing: nothing is fetched until iterated; pages are fetched one at a time by following Partner Center's
 * continuation links (or offsets), so memory stays flat however long the listing is.
 */
public interface PagedIterable<T> extends Iterable<T> {
  /** The items as a sequential stream; close it to stop fetching. */
  Stream<T> stream();

  /** The pages, one fetch each. */
  Iterable<Page<T>> byPage();

  /** The same listing resumed at a position taken from {@link Page#continuationToken()}. */
  PagedIterable<T> resumeFrom(ContinuationToken token);
}
