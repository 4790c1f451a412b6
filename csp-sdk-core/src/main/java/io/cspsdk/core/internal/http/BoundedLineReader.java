package io.cspsdk.core.internal.http;

import io.cspsdk.core.error.ResponseParseException;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines (ended by LF, CRLF or CR) from a streamed download, none longer than a limit: a download without line
 * breaks (a gzip bomb, a hostile blob) fails with a typed error instead of filling memory. Not thread-safe.
 */
public final class BoundedLineReader implements Closeable {
  private final Reader in;
  private final long maxChars;
  private final String what;
  private final char[] buffer = new char[8192];
  private int pos;
  private int end;
  private boolean skipLf;

  /** {@code what} names the download in errors, e.g. {@code blobs[2]}. */
  public BoundedLineReader(Reader in, long maxChars, String what) {
    this.in = in;
    this.maxChars = maxChars;
    this.what = what;
  }

  /** The next line without its terminator, or null at the end. */
  public String readLine() throws IOException {
    StringBuilder line = null;
    while (true) {
      if (pos >= end) {
        end = in.read(buffer, 0, buffer.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          return line == null ? null : line.toString();
        }
      }
      if (skipLf) {
        skipLf = false;
        if (buffer[pos] == '\n') {
          pos++;
          continue;
        }
      }
      int start = pos;
      while (pos < end && buffer[pos] != '\n' && buffer[pos] != '\r') {
        pos++;
      }
      if (line == null) {
        line = new StringBuilder(Math.min(256, pos - start + 16));
      }
      if (line.length() + (long) (pos - start) > maxChars) {
        throw new ResponseParseException(what + ": a line longer than the client's maxResponseBytes (" + maxChars
            + ")", what, null);
      }
      line.append(buffer, start, pos - start);
      if (pos < end) {
        skipLf = buffer[pos] == '\r';
        pos++;
        return line.toString();
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
