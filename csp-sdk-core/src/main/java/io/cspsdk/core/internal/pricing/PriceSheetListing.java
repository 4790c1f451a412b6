package io.cspsdk.core.internal.pricing;

import io.cspsdk.core.ContinuationToken;
import io.cspsdk.core.Page;
import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.error.ResponseParseException;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.PriceSheetEntry;
import java.io.InputStream;
import java.lang.ref.Cleaner;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A price sheet as a {@link PagedIterable}. The sheet is one CSV download; a page is the next {@link #PAGE_ROWS}
 * rows of it, and a page's continuation token records the sheet (market, timeline, month) and the number of rows
 * read so far. Iterating opens the download when the first row is needed and reads it row by row, so memory holds
 * one page at most; resuming from a token downloads the sheet again and skips that many rows without building
 * them. The download is closed at the end of the sheet, when a stream is closed, or, for a walk abandoned half
 * way, when its iterator is no longer reachable.
 */
final class PriceSheetListing implements PagedIterable<PriceSheetEntry> {
  /** Rows per page. */
  static final int PAGE_ROWS = 1000;
  private static final String TOKEN_PREFIX = "pricesheet.";
  private static final Cleaner CLEANER = Cleaner.create();

  private final Supplier<InputStream> download;
  private final long maxRecordChars;
  private final String sheet;
  private final long startRow;
  private final boolean skipUnreadable;

  /** @param sheet what identifies the sheet in a token (market, timeline, month) */
  PriceSheetListing(Supplier<InputStream> download, long maxRecordChars, String sheet, long startRow) {
    this(download, maxRecordChars, sheet, startRow, false);
  }

  private PriceSheetListing(Supplier<InputStream> download, long maxRecordChars, String sheet, long startRow,
      boolean skipUnreadable) {
    this.download = download;
    this.maxRecordChars = maxRecordChars;
    this.sheet = sheet;
    this.startRow = startRow;
    this.skipUnreadable = skipUnreadable;
  }

  @Override
  public Iterator<PriceSheetEntry> iterator() {
    return new Rows();
  }

  @Override
  public Stream<PriceSheetEntry> stream() {
    Rows rows = new Rows();
    int characteristics = Spliterator.ORDERED | Spliterator.NONNULL;
    return StreamSupport.stream(() -> Spliterators.spliteratorUnknownSize(rows, characteristics), characteristics,
        false).onClose(rows::close);
  }

  @Override
  public Iterable<Page<PriceSheetEntry>> byPage() {
    return Pages::new;
  }

  @Override
  public PagedIterable<PriceSheetEntry> resumeFrom(ContinuationToken token) {
    if (token == null) {
      throw new ValidationException("continuationToken", "is required");
    }
    return new PriceSheetListing(download, maxRecordChars, sheet, rowOf(token), skipUnreadable);
  }

  /** Rows whose values cannot be read are skipped and reported in their page's {@link Page#unreadableItems()}. */
  @Override
  public PagedIterable<PriceSheetEntry> skippingUnreadableItems() {
    return new PriceSheetListing(download, maxRecordChars, sheet, startRow, true);
  }

  ContinuationToken tokenAt(long row) {
    String text = sheet + "\n" + row;
    return ContinuationToken.parse(TOKEN_PREFIX
        + Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
  }

  private long rowOf(ContinuationToken token) {
    String encoded = token.asString();
    String text;
    try {
      if (!encoded.startsWith(TOKEN_PREFIX)) {
        throw new IllegalArgumentException();
      }
      text = new String(Base64.getUrlDecoder().decode(encoded.substring(TOKEN_PREFIX.length())),
          StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ValidationException("continuationToken", "is not a position in a price sheet");
    }
    int nl = text.lastIndexOf('\n');
    if (nl < 0 || !text.substring(0, nl).equals(sheet)) {
      throw new ValidationException("continuationToken", "belongs to another price sheet (market, timeline or "
          + "month differ)");
    }
    try {
      long row = Long.parseLong(text.substring(nl + 1));
      if (row < 0) {
        throw new NumberFormatException();
      }
      return row;
    } catch (NumberFormatException e) {
      throw new ValidationException("continuationToken", "is not a position in a price sheet");
    }
  }

  /** The open download of one walk, closed by the walk or by the cleaner once the walk is unreachable. */
  private static final class Download implements Runnable {
    private PriceSheetReader reader;

    @Override
    public synchronized void run() {
      if (reader != null) {
        reader.close();
        reader = null;
      }
    }
  }

  /** One walk over the rows, from {@link #startRow}. */
  private final class Rows implements Iterator<PriceSheetEntry> {
    private final Download download = new Download();
    private final Cleaner.Cleanable cleanable = CLEANER.register(this, download);
    /** Unreadable rows met so far and not yet reported, each with the row count after it. */
    private final List<Map.Entry<Long, ResponseParseException>> unreadable = new ArrayList<>();
    private boolean opened;
    private boolean done;
    private PriceSheetEntry next;
    private long nextPosition;
    private long delivered = startRow;

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        try {
          if (!opened) {
            opened = true;
            download.reader = PriceSheetRows.open(PriceSheetListing.this.download.get(), maxRecordChars);
            download.reader.skip(startRow);
          }
          next = skipUnreadable
              ? download.reader.nextReadable(e -> unreadable.add(Map.entry(rowsRead(), e)))
              : download.reader.next();
          nextPosition = rowsRead();
        } catch (RuntimeException e) {
          close();
          throw e;
        }
        if (next == null) {
          close();
        }
      }
      return next != null;
    }

    @Override
    public PriceSheetEntry next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      PriceSheetEntry e = next;
      next = null;
      delivered = nextPosition;
      return e;
    }

    /** Rows from the start of the sheet up to the last entry returned, readable or not. */
    long delivered() {
      return delivered;
    }

    /** The unreadable rows before the last entry returned (all of them at the end of the sheet), once each. */
    List<ResponseParseException> drainUnreadable() {
      List<ResponseParseException> drained = new ArrayList<>();
      unreadable.removeIf(u -> {
        boolean before = done || u.getKey() <= delivered;
        if (before) {
          drained.add(u.getValue());
        }
        return before;
      });
      return List.copyOf(drained);
    }

    /** Rows read so far from the start of the sheet (the rows skipped to reach {@link #startRow} included). */
    private long rowsRead() {
      return download.reader.rowsRead();
    }

    void close() {
      done = true;
      next = null;
      cleanable.clean();
    }
  }

  /** The pages of one walk: {@link #PAGE_ROWS} rows each, a token after each page that has a successor. */
  private final class Pages implements Iterator<Page<PriceSheetEntry>> {
    private final Rows rows = new Rows();
    private boolean started;

    @Override
    public boolean hasNext() {
      return !started || rows.hasNext();
    }

    @Override
    public Page<PriceSheetEntry> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      started = true;
      List<PriceSheetEntry> items = new ArrayList<>(PAGE_ROWS);
      while (items.size() < PAGE_ROWS && rows.hasNext()) {
        items.add(rows.next());
      }
      boolean more = rows.hasNext();
      Optional<ContinuationToken> token = more ? Optional.of(tokenAt(rows.delivered())) : Optional.empty();
      return new SheetPage(items, rows.drainUnreadable(), token);
    }
  }

  private static final class SheetPage implements Page<PriceSheetEntry> {
    private final List<PriceSheetEntry> items;
    private final List<ResponseParseException> unreadable;
    private final Optional<ContinuationToken> token;

    SheetPage(List<PriceSheetEntry> items, List<ResponseParseException> unreadable,
        Optional<ContinuationToken> token) {
      this.items = List.copyOf(items);
      this.unreadable = unreadable;
      this.token = token;
    }

    @Override
    public List<PriceSheetEntry> items() {
      return items;
    }

    @Override
    public List<ResponseParseException> unreadableItems() {
      return unreadable;
    }

    @Override
    public Optional<ContinuationToken> continuationToken() {
      return token;
    }

    @Override
    public OptionalLong totalCount() {
      return OptionalLong.empty();
    }

    @Override
    public String toString() {
      return "Page{items=" + items.size() + ", last=" + token.isEmpty() + "}";
    }
  }
}
