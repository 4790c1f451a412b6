package io.cspsdk.core.internal.invoices;

import io.cspsdk.core.internal.http.ApiCaller;
import io.cspsdk.core.internal.http.ApiRequest;
import io.cspsdk.core.model.ExportBlob;
import io.cspsdk.core.model.ExportManifest;
import io.cspsdk.core.model.ReconciliationLineItem;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;

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
  private BufferedReader current;

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
      throw new UncheckedIOException("Could not read export blob " + blobs.get(blobIndex).name(), e);
    }
  }

  private BufferedReader open(ExportBlob blob) throws IOException {
    InputStream raw = api.download(ApiRequest.external(manifest.blobUrl(blob)).build());
    try {
      BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
      in.mark(2);
      int b0 = in.read();
      int b1 = in.read();
      in.reset();
      InputStream body = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(in, 64 * 1024) : in;
      return new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 64 * 1024);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
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
