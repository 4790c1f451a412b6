package io.cspsdk.core.internal.http;

import io.cspsdk.core.ContinuationToken;
import io.cspsdk.core.Page;
import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.error.ResponseParseException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy listing: the first page is fetched when iteration starts, each further page only when the previous one is
 * used up. Holds at most one page in memory (and the identities of the links followed, so that a next link that
 * repeats an earlier one ends the listing with a typed error instead of looping forever).
 */
final class PagedListing<T> implements PagedIterable<T> {
  private final Fetcher<T> fetcher;
  private final Cursor start;
  private final boolean skipUnreadable;

  /** Fetches the page at a cursor ({@code null} = the first request), skipping unreadable items or failing on them. */
  interface Fetcher<T> {
    FetchedPage<T> fetch(Cursor cursor, boolean skipUnreadable);
  }

  PagedListing(Fetcher<T> fetcher, Cursor start, boolean skipUnreadable) {
    this.fetcher = fetcher;
    this.start = start;
    this.skipUnreadable = skipUnreadable;
  }

  @Override
  public Iterator<T> iterator() {
    return new ItemIterator();
  }

  @Override
  public Stream<T> stream() {
    ItemIterator it = new ItemIterator();
    return StreamSupport.stream(() -> Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED),
        Spliterator.ORDERED, false).onClose(it::close);
  }

  @Override
  public Iterable<Page<T>> byPage() {
    return PageIterator::new;
  }

  @Override
  public PagedIterable<T> resumeFrom(ContinuationToken token) {
    Objects.requireNonNull(token, "token");
    return new PagedListing<>(fetcher, Cursor.fromToken(token), skipUnreadable);
  }

  @Override
  public PagedIterable<T> skippingUnreadableItems() {
    return new PagedListing<>(fetcher, start, true);
  }

  private final class PageIterator implements Iterator<Page<T>> {
    private final Set<String> followed = new HashSet<>();
    private Cursor cursor = start;
    private boolean started;
    private boolean done;

    @Override
    public boolean hasNext() {
      return !done && (!started || cursor != null);
    }

    @Override
    public Page<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      if (cursor != null && cursor.isLink() && !followed.add(cursor.identity())) {
        done = true;
        throw new ResponseParseException("links.next.uri repeats a continuation this listing already followed "
            + "(page " + (followed.size() + 1) + "): the listing would never end", "links.next.uri", null);
      }
      FetchedPage<T> page = fetcher.fetch(cursor, skipUnreadable);
      started = true;
      cursor = page.next();
      return page;
    }

    void close() {
      done = true;
    }
  }

  private final class ItemIterator implements Iterator<T> {
    private final PageIterator pages = new PageIterator();
    private Iterator<T> current = Collections.emptyIterator();

    @Override
    public boolean hasNext() {
      while (!current.hasNext()) {
        if (!pages.hasNext()) {
          return false;
        }
        current = pages.next().items().iterator();
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }

    void close() {
      pages.close();
      current = Collections.emptyIterator();
    }
  }
}
