package io.cspsdk.core.internal.pricing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.cspsdk.core.error.ResponseParseException;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.List;

/**
 * Reads RFC 4180 CSV records one at a time with jackson-dataformat-csv: quoted fields may hold commas, line breaks
 * (CRLF too) and doubled quotes; records end with CRLF or LF; blank lines are skipped. Memory holds the current
 * record and the parser's buffer; a line longer than {@code maxRecordChars} (a download without line breaks) and a
 * field longer than that fail with a {@link ResponseParseException} instead of filling memory.
 */
public final class CsvRecords {
  private final Reader in;
  private final long maxRecordChars;
  private MappingIterator<String[]> records;
  private long recordNumber;

  /** Nothing is read before the first {@link #next()}. */
  public CsvRecords(Reader in, long maxRecordChars) {
    this.in = in;
    this.maxRecordChars = maxRecordChars;
  }

  private MappingIterator<String[]> records() throws IOException {
    if (records == null) {
      int maxField = (int) Math.min(maxRecordChars, Integer.MAX_VALUE - 1);
      CsvMapper mapper = new CsvMapper(CsvFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxField).build())
          .build());
      records = mapper.readerForArrayOf(String.class)
          .with(CsvParser.Feature.WRAP_AS_ARRAY)
          .with(CsvParser.Feature.SKIP_EMPTY_LINES)
          .readValues(new LineLimit(in, maxRecordChars));
    }
    return records;
  }

  /** The 1-based number of the last record returned. */
  long recordNumber() {
    return recordNumber;
  }

  /** The next record's fields, or null at the end of input. */
  public List<String> next() throws IOException {
    try {
      if (!records().hasNextValue()) {
        return null;
      }
      String[] fields = records().nextValue();
      recordNumber++;
      return Arrays.asList(fields);
    } catch (LineTooLong e) {
      throw new ResponseParseException("price sheet: record " + (recordNumber + 1)
          + " is longer than the client's maxResponseBytes (" + e.limit + ")", "record " + (recordNumber + 1), null);
    } catch (JsonProcessingException e) {
      String what = e.getOriginalMessage() != null && e.getOriginalMessage().toLowerCase(java.util.Locale.ROOT).contains("quote")
          ? "unterminated quoted field" : "malformed CSV (" + e.getClass().getSimpleName() + ")";
      throw new ResponseParseException("price sheet: " + what + " in record " + (recordNumber + 1),
          "record " + (recordNumber + 1), null);
    }
  }

  /** Fails a read once more than {@code limit} characters came without a line break. */
  private static final class LineLimit extends FilterReader {
    private final long limit;
    private long line;

    LineLimit(Reader in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        count((char) c);
      }
      return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      for (int i = off; i < off + n; i++) {
        count(buf[i]);
      }
      return n;
    }

    private void count(char c) throws LineTooLong {
      if (c == '\n' || c == '\r') {
        line = 0;
      } else if (++line > limit) {
        throw new LineTooLong(limit);
      }
    }
  }

  private static final class LineTooLong extends IOException {
    private static final long serialVersionUID = 1L;
    final long limit;

    LineTooLong(long limit) {
      super("line longer than " + limit + " characters");
      this.limit = limit;
    }
  }
}
