package io.cspsdk.core;

import io.cspsdk.core.error.ResponseParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** One page of a listing, with the token to resume after it. */
public interface Page<T> {
  /** The items of this page. */
  List<T> items();

  /** The position after this page, absent on the last page. */
  Optional<ContinuationToken> continuationToken();

  /** Partner Center's {@code totalCount} as sent with this page, when sent. */
  OptionalLong totalCount();

  /**
   * The items of this page that could not be read, in page order, when the listing was asked to skip them
   * ({@link PagedIterable#skippingUnreadableItems()}); always empty otherwise, since an unreadable item then fails
   * the page.
   */
  default List<ResponseParseException> unreadableItems() {
    return List.of();
  }
}
