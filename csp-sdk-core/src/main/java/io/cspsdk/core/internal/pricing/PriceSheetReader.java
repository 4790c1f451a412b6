package io.cspsdk.core.internal.pricing;

import io.cspsdk.core.error.ConnectionException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cspsdk.core.error.ResponseParseException;
import io.cspsdk.core.internal.json.Json;
import io.cspsdk.core.model.PriceSheetEntry;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipException;

/**
 * Reads a price sheet's entries one at a time from its CSV (header row first); holds only the current record.
 * Failures are typed: corrupt data or a broken quote is a {@link ResponseParseException}, a broken connection a
 * {@link ConnectionException}. Not thread-safe; closing it closes the download.
 */
public final class PriceSheetReader implements Closeable {
  private final CsvRecords csv;
  private final Closeable source;
  private List<String> headers;
  private long rows;

  PriceSheetReader(CsvRecords csv, Closeable source) {
    this.csv = csv;
    this.source = source;
  }

  /** The next entry, or null at the end of the sheet. */
  public PriceSheetEntry next() {
    List<String> row = nextRecord();
    return row == null ? null : PriceSheetRows.toEntry(headers, row, csv.recordNumber());
  }

  /**
   * The next readable entry, or null at the end of the sheet; a row whose values cannot be read (a price that is
   * not a number, a date that is not a date) is handed to {@code unreadable} with an excerpt of the row and
   * skipped. A corrupt download still fails.
   */
  PriceSheetEntry nextReadable(Consumer<ResponseParseException> unreadable) {
    while (true) {
      List<String> row = nextRecord();
      if (row == null) {
        return null;
      }
      try {
        return PriceSheetRows.toEntry(headers, row, csv.recordNumber());
      } catch (ResponseParseException e) {
        unreadable.accept(new ResponseParseException(e.getMessage(), e.path(), e.getCause(), excerpt(row)));
      }
    }
  }

  /** The row as a JSON object of header to value (price sheets hold no secrets). */
  private String excerpt(List<String> row) {
    ObjectNode node = Json.mapper().createObjectNode();
    for (int i = 0; i < row.size(); i++) {
      node.put(i < headers.size() ? headers.get(i) : "column" + (i + 1), row.get(i));
    }
    return node.toString();
  }

  /** Skips up to {@code count} entries without building them; returns how many were skipped. */
  public long skip(long count) {
    long skipped = 0;
    while (skipped < count && nextRecord() != null) {
      skipped++;
    }
    return skipped;
  }

  /** Data rows read or skipped so far. */
  public long rowsRead() {
    return rows;
  }

  private List<String> nextRecord() {
    try {
      if (headers == null) {
        List<String> h = csv.next();
        if (h == null) {
          return null;
        }
        headers = PriceSheetRows.cleanHeaders(h);
      }
      List<String> row = csv.next();
      if (row != null) {
        rows++;
      }
      return row;
    } catch (ZipException | EOFException e) {
      throw new ResponseParseException("price sheet: corrupt or truncated compressed data at record "
          + csv.recordNumber() + " (" + e.getClass().getSimpleName() + ")", "record " + csv.recordNumber(), null);
    } catch (IOException e) {
      throw new ConnectionException("price sheet: reading failed at record " + csv.recordNumber() + " ("
          + e.getClass().getSimpleName() + ")", null, null, null, 1);
    }
  }

  @Override
  public void close() {
    PriceSheetRows.closeQuietly(source);
  }
}
