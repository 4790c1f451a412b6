package io.cspsdk.billing.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes RFC 4180 rows with jackson-dataformat-csv: comma separated, CRLF line ends, a field quoted only when it
 * holds a comma, quote, CR or LF, quotes doubled. Writes to any {@link Appendable} and never closes it.
 */
public final class CsvRowWriter {
  private static final ObjectWriter ROWS = CsvMapper.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .build()
      .writerFor(String[].class)
      .with(CsvSchema.emptySchema().withLineSeparator("\r\n").withoutHeader());

  private final SequenceWriter out;

  public CsvRowWriter(Appendable target) {
    try {
      this.out = ROWS.writeValues(target instanceof Writer ? (Writer) target : new AppendableWriter(target));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes one row. */
  public void row(String... fields) {
    try {
      out.write(fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Flushes what was written to the target (which stays open). */
  public void finish() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class AppendableWriter extends Writer {
    private final Appendable target;

    AppendableWriter(Appendable target) {
      this.target = target;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      target.append(java.nio.CharBuffer.wrap(buf, off, len));
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      target.append(s, off, off + len);
    }

    @Override
    public void flush() {
      // an Appendable has nothing to flush
    }

    @Override
    public void close() {
      // the target belongs to the caller
    }
  }
}
