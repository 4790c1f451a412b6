package io.cspsdk.core.internal.invoices;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cspsdk.core.error.ResponseParseException;
import io.cspsdk.core.internal.json.Json;
import io.cspsdk.core.internal.json.MissingRequiredFieldException;
import io.cspsdk.core.model.ReconciliationLineItem;
import java.io.IOException;

/**
 * JSON reading for the Graph exports, failing with {@link ResponseParseException}s whose path names the offending value and
 * whose messages never quote the data. Export blobs name their fields in PascalCase ({@code PartnerId},
 * {@code PCToBCExchangeRate}), so line items are matched case-insensitively.
 */
final class ExportJson {
  private static final ObjectReader LINE_ITEMS = ((JsonMapper) Json.mapper()).rebuild()
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
      .build()
      .readerFor(ReconciliationLineItem.class);

  private ExportJson() {}

  /** Reads a document that must be there: an empty body or JSON {@code null} is a parse error too. */
  static <T> T read(byte[] body, Class<T> type, String what) {
    T value;
    try {
      value = isBlank(body) ? null : Json.mapper().readValue(body, type);
    } catch (IOException e) {
      throw parseError(e, what, "");
    }
    if (value == null) {
      throw new ResponseParseException("Could not read " + what + ": expected " + type.getSimpleName()
          + ", got " + (isBlank(body) ? "an empty body" : "JSON null"), "$", null);
    }
    return value;
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  /** One JSON line of an export blob; {@code where} prefixes the path, e.g. {@code blobs[1].lines[4]}. */
  static ReconciliationLineItem lineItem(String line, String where) {
    ReconciliationLineItem item;
    try {
      item = LINE_ITEMS.readValue(line);
    } catch (IOException e) {
      throw parseError(e, "line item " + where, where);
    }
    if (item == null) {
      throw new ResponseParseException("Could not read line item " + where + ": JSON null", where, null);
    }
    return item;
  }

  private static ResponseParseException parseError(IOException e, String what, String prefix) {
    String path = e instanceof JsonMappingException ? pathOf((JsonMappingException) e) : "";
    String full = prefix.isEmpty() ? (path.isEmpty() ? "$" : path) : prefix + (path.isEmpty() ? "" : "." + path);
    String kind = e instanceof MissingRequiredFieldException ? "a required field is missing or null"
        : e instanceof JsonMappingException ? "unexpected value"
        : e instanceof StreamConstraintsException ? "beyond the parser's limits (length or nesting)"
        : e instanceof JsonProcessingException ? "malformed JSON" : "unreadable body";
    return new ResponseParseException("Could not read " + what + ": " + kind + " at " + full + " ("
        + e.getClass().getSimpleName() + ")", full, null);
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      } else if (r.getFieldName() != null) {
        sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
      }
    }
    return sb.toString();
  }
}
