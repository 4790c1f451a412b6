package io.cspsdk.core.internal.invoices;

import io.cspsdk.core.error.ConnectionException;
import io.cspsdk.core.error.PartnerCenterException;
import io.cspsdk.core.error.ResponseParseException;
import io.cspsdk.core.internal.http.ApiCaller;
import io.cspsdk.core.internal.http.ApiRequest;
import io.cspsdk.core.internal.http.BoundedLineReader;
import io.cspsdk.core.model.ExportBlob;
import io.cspsdk.core.model.ExportManifest;
import io.cspsdk.core.model.ReconciliationLineItem;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Streams the line items of an export's blobs: one blob open at a time, fetched from
 * {@code rootDirectory/name?sasToken} without Partner Center credentials, gunzipped (when gzipped) and read line by
 * line. Closing the stream closes the open blob.
 */
final class ExportBlobReader extends Spliterators.AbstractSpliterator<ReconciliationLineItem> {
  private final ApiCaller api;
  private final ExportManifest manifest;
  private final List<ExportBlob> blobs;
  private int blobIndex = -1;
  private long lineNumber;
  private BoundedLineReader current;

  private ExportBlobReader(ApiCaller api, ExportManifest manifest) {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.api = api;
    this.manifest = manifest;
    this.blobs = manifest.blobs();
  }

  static Stream<ReconciliationLineItem> stream(ApiCaller api, ExportManifest manifest) {
    ExportBlobReader reader = new ExportBlobReader(api, manifest);
    return StreamSupport.stream(reader, false).onClose(reader::closeCurrent);
  }

  @Override
  public boolean tryAdvance(Consumer<? super ReconciliationLineItem> action) {
    try {
      while (true) {
        if (current == null) {
          if (blobIndex + 1 >= blobs.size()) {
            return false;
          }
          blobIndex++;
          lineNumber = 0;
          current = open(blobs.get(blobIndex));
        }
        String line = current.readLine();
        if (line == null) {
          closeCurrent();
          continue;
        }
        lineNumber++;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        action.accept(ExportJson.lineItem(line, "blobs[" + blobIndex + "].lines[" + (lineNumber - 1) + "]"));
        return true;
      }
    } catch (IOException e) {
      closeCurrent();
      throw readFailure(e);
    } catch (RuntimeException e) {
      closeCurrent();
      throw e;
    }
  }

  /** A corrupt or cut gzip stream is a bad answer; any other read failure is the connection's. */
  private PartnerCenterException readFailure(IOException e) {
    String where = "blobs[" + blobIndex + "]";
    if (e instanceof ZipException || e instanceof EOFException) {
      return new ResponseParseException("Could not read export blob " + where + " at line " + lineNumber
          + ": corrupt or truncated compressed data (" + e.getClass().getSimpleName() + ")", where, null);
    }
    return new ConnectionException("Reading export blob " + where + " failed at line " + lineNumber + " ("
        + e.getClass().getSimpleName() + ")", null, null, null, 1);
  }

  private BoundedLineReader open(ExportBlob blob) throws IOException {
    String where = "blobs[" + blobIndex + "]";
    checkBlobLocation(blob, where);
    InputStream raw = api.download(ApiRequest.external(manifest.blobUrl(blob)).linkField(where + ".url").build());
    try {
      BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
      in.mark(2);
      int b0 = in.read();
      int b1 = in.read();
      in.reset();
      InputStream body = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(in, 64 * 1024) : in;
      return new BoundedLineReader(new InputStreamReader(body, StandardCharsets.UTF_8),
          api.settings().maxResponseBytes(), where);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  /** The manifest's directory must be an absolute http(s) URL; messages never quote it (the SAS goes with it). */
  private void checkBlobLocation(ExportBlob blob, String where) {
    String root = manifest.rootDirectory();
    if (!root.regionMatches(true, 0, "https://", 0, 8) && !root.regionMatches(true, 0, "http://", 0, 7)) {
      throw new ResponseParseException("The export manifest's rootDirectory is not an absolute https URL",
          "rootDirectory", null);
    }
    if (blob.name().isBlank()) {
      throw new ResponseParseException("The export manifest's " + where + ".name is blank", where + ".name", null);
    }
  }

  private void closeCurrent() {
    if (current != null) {
      try {
        current.close();
      } catch (IOException ignored) {
        // releasing the download; nothing else to do
      }
      current = null;
    }
  }
}
