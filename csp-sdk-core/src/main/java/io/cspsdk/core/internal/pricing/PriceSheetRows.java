package io.cspsdk.core.internal.pricing;

import io.cspsdk.core.error.ConnectionException;
import io.cspsdk.core.error.ResponseParseException;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.PriceSheetEntry;
import io.cspsdk.core.model.TermDuration;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Turns a price sheet download (plain CSV, a zip holding the CSV, gzip or zlib-deflated CSV) into a lazy stream
 * of {@link PriceSheetEntry}: records read by jackson-dataformat-csv ({@link CsvRecords}), one row parsed per element, columns matched by header name (case, spaces and quotes
 * ignored), unknown columns kept. Closing the stream closes the download.
 */
public final class PriceSheetRows {
  private static final DateTimeFormatter US_DATE_TIME =
      DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US);
  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);

  private PriceSheetRows() {}

  /** A lazy stream over the sheet in {@code body} with records of up to 64 MiB; the stream owns {@code body}. */
  public static Stream<PriceSheetEntry> stream(InputStream body) {
    return stream(body, 64L * 1024 * 1024);
  }

  /** A lazy stream over the sheet in {@code body}, no record longer than {@code maxRecordChars}. */
  public static Stream<PriceSheetEntry> stream(InputStream body, long maxRecordChars) {
    PriceSheetReader reader = open(body, maxRecordChars);
    return StreamSupport.stream(new RowSpliterator(reader), false).onClose(reader::close);
  }

  /** A reader of the entries of the sheet in {@code body}, which it owns; no record longer than the limit. */
  public static PriceSheetReader open(InputStream body, long maxRecordChars) {
    Reader reader = null;
    try {
      reader = new InputStreamReader(decompress(body), StandardCharsets.UTF_8);
      return new PriceSheetReader(new CsvRecords(reader, maxRecordChars), reader);
    } catch (IOException | RuntimeException e) {
      closeQuietly(reader == null ? body : reader);
      if (e instanceof ResponseParseException) {
        throw (ResponseParseException) e;
      }
      throw new ResponseParseException("price sheet: unreadable download (" + e.getClass().getSimpleName() + ")",
          "$", null);
    }
  }

  static InputStream decompress(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
    in.mark(4);
    int b0 = in.read();
    int b1 = in.read();
    int b2 = in.read();
    int b3 = in.read();
    in.reset();
    if (b0 == 'P' && b1 == 'K' && b2 == 3 && b3 == 4) {
      ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
      ZipEntry entry = zip.getNextEntry();
      while (entry != null && entry.isDirectory()) {
        entry = zip.getNextEntry();
      }
      if (entry == null) {
        throw new IOException("zip archive without a file");
      }
      return zip;
    }
    if (b0 == 0x1f && b1 == 0x8b) {
      return new GZIPInputStream(in, 64 * 1024);
    }
    if (b0 == 0x78 && (b1 == 0x01 || b1 == 0x5e || b1 == 0x9c || b1 == 0xda)) {
      return new InflaterInputStream(in);
    }
    return in;
  }

  static void closeQuietly(Closeable c) {
    try {
      c.close();
    } catch (IOException ignored) {
      // releasing the connection; nothing else to do
    }
  }

  /** Header names as matched: letters and digits, lower case. */
  static String key(String header) {
    StringBuilder sb = new StringBuilder(header.length());
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  private static final class RowSpliterator extends Spliterators.AbstractSpliterator<PriceSheetEntry> {
    private final PriceSheetReader reader;

    RowSpliterator(PriceSheetReader reader) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.reader = reader;
    }

    @Override
    public boolean tryAdvance(Consumer<? super PriceSheetEntry> action) {
      PriceSheetEntry entry = reader.next();
      if (entry == null) {
        return false;
      }
      action.accept(entry);
      return true;
    }
  }

  /** Maps one data record to an entry: columns by header name, unknown columns kept. */
  static PriceSheetEntry toEntry(List<String> headers, List<String> row, long record) {
    PriceSheetEntry.Builder b = PriceSheetEntry.builder();
    Map<String, String> other = new LinkedHashMap<>();
    for (int i = 0; i < row.size(); i++) {
      String header = i < headers.size() ? headers.get(i) : "column" + (i + 1);
      String raw = row.get(i).trim();
      Optional<String> text = raw.isEmpty() ? Optional.empty() : Optional.of(raw);
      String where = "row " + record + "." + header;
      switch (key(header)) {
        case "producttitle": b.productTitle(text); break;
        case "productid": b.productId(text); break;
        case "skuid": b.skuId(text); break;
        case "availabilityid": b.availabilityId(text); break;
        case "skutitle": b.skuTitle(text); break;
        case "publisher": b.publisher(text); break;
        case "skudescription": b.skuDescription(text); break;
        case "unitofmeasure": b.unitOfMeasure(text); break;
        case "termduration": b.termDuration(text.map(TermDuration::of)); break;
        case "billingplan": b.billingPlan(text.map(BillingCycle::of)); break;
        case "market": b.market(text); break;
        case "currency": b.currency(text); break;
        case "unitprice": b.unitPrice(decimal(text, where)); break;
        case "pricingtierrangemin": b.pricingTierRangeMin(decimal(text, where)); break;
        case "pricingtierrangemax": b.pricingTierRangeMax(decimal(text, where)); break;
        case "effectivestartdate": b.effectiveStartDate(dateTime(text, where)); break;
        case "effectiveenddate": b.effectiveEndDate(dateTime(text, where)); break;
        case "tags": b.tags(text); break;
        case "erpprice": b.erpPrice(decimal(text, where)); break;
        case "segment": b.segment(text); break;
        default: other.put(header, raw);
      }
    }
    return b.otherColumns(other).build();
  }

  static List<String> cleanHeaders(List<String> names) {
    List<String> headers = new ArrayList<>(names.size());
    for (String name : names) {
      headers.add(cleanHeader(name));
    }
    return headers;
  }

  private static String cleanHeader(String name) {
    String s = name.replace("\uFEFF", "").trim();
    while (!s.isEmpty() && "\"'\u201C\u201D".indexOf(s.charAt(0)) >= 0) {
      s = s.substring(1);
    }
    while (!s.isEmpty() && "\"'\u201C\u201D".indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(0, s.length() - 1);
    }
    return s.trim();
  }

  static Optional<BigDecimal> decimal(Optional<String> text, String where) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(text.get()));
    } catch (NumberFormatException e) {
      throw new ResponseParseException("price sheet: not a decimal number at " + where + ": '" + text.get() + "'",
          where, e);
    }
  }

  static Optional<OffsetDateTime> dateTime(Optional<String> text, String where) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String t = text.get();
    try {
      if (t.indexOf('/') > 0) {
        return Optional.of(t.indexOf(' ') > 0
            ? LocalDateTime.parse(t, US_DATE_TIME).atOffset(ZoneOffset.UTC)
            : LocalDate.parse(t, US_DATE).atStartOfDay().atOffset(ZoneOffset.UTC));
      }
      if (t.length() <= 10) {
        return Optional.of(LocalDate.parse(t).atStartOfDay().atOffset(ZoneOffset.UTC));
      }
      try {
        return Optional.of(OffsetDateTime.parse(t));
      } catch (DateTimeParseException noZone) {
        return Optional.of(LocalDateTime.parse(t).atOffset(ZoneOffset.UTC));
      }
    } catch (DateTimeParseException e) {
      throw new ResponseParseException("price sheet: not a date at " + where + ": '" + t + "'", where, e);
    }
  }

}
