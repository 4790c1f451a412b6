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

  /**
   * The same listing, but an item that cannot be read (a value of the wrong type, a JSON null) no longer fails its
   * page: the page holds the readable items and reports the others in {@link Page#unreadableItems()}, each a
   * {@link io.cspsdk.core.error.ResponseParseException} with the item's path and a redacted excerpt of it. A page
   * that is not JSON at all, or whose envelope cannot be read, still fails. Iterating items (not pages) skips the
   * unreadable ones silently, so use {@link #byPage()} to see them.
   */
  PagedIterable<T> skippingUnreadableItems();
}
