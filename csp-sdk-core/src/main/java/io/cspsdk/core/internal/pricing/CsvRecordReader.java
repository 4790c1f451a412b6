package io.cspsdk.core.internal.pricing;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV records one at a time: quoted fields may hold commas, line breaks and doubled quotes;
 * records end with CRLF or LF. Constant memory apart from the current record.
 */
final class CsvRecordReader {
  private final Reader in;
  private int pushedBack = -2;
  private long recordNumber;

  CsvRecordReader(Reader in) {
    this.in = in;
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
    return in.read();
  }

  private void unread(int c) {
    pushedBack = c;
  }
}
