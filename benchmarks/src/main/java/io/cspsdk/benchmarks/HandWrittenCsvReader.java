package io.cspsdk.benchmarks;

import io.cspsdk.core.error.ResponseParseException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-written RFC 4180 record reader the price sheet used before jackson-dataformat-csv, kept here as the
 * baseline of {@link CsvReadingBenchmark}: quoted fields may hold commas, line breaks and doubled quotes; records
 * end with CRLF or LF. Constant memory apart from the current record.
 */
final class HandWrittenCsvReader {
  private final Reader in;
  private final long maxRecordChars;
  private int pushedBack = -2;
  private long recordNumber;
  private long recordChars;

  /** Records longer than {@code maxRecordChars} fail: a download without line breaks cannot fill memory. */
  HandWrittenCsvReader(Reader in, long maxRecordChars) {
    this.in = in;
    this.maxRecordChars = maxRecordChars;
  }

  /** The 1-based number of the last record returned. */
  long recordNumber() {
    return recordNumber;
  }

  /** The next record's fields, or null at the end of input. Blank lines are skipped. */
  List<String> next() throws IOException {
    while (true) {
      int c = read();
      if (c == -1) {
        return null;
      }
      if (c == '\n' || c == '\r') {
        continue;
      }
      unread(c);
      recordNumber++;
      return record();
    }
  }

  private List<String> record() throws IOException {
    recordChars = 0;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    while (true) {
      int c = read();
      if (quoted) {
        if (c == -1) {
          throw new IOException("unterminated quoted field");
        }
        if (c == '"') {
          int n = read();
          if (n == '"') {
            field.append('"');
          } else {
            quoted = false;
            unread(n);
          }
        } else {
          field.append((char) c);
        }
        continue;
      }
      if (c == '"' && field.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\r' || c == '\n' || c == -1) {
        if (c == '\r') {
          int n = read();
          if (n != '\n') {
            unread(n);
          }
        }
        fields.add(field.toString());
        return fields;
      } else {
        field.append((char) c);
      }
    }
  }

  private int read() throws IOException {
    if (pushedBack != -2) {
      int c = pushedBack;
      pushedBack = -2;
      return c;
    }
    if (++recordChars > maxRecordChars) {
      throw new ResponseParseException("price sheet: record " + recordNumber
          + " is longer than the client's maxResponseBytes (" + maxRecordChars + ")", "record " + recordNumber, null);
    }
    return in.read();
  }

  private void unread(int c) {
    pushedBack = c;
  }
}
