package io.cspsdk.core.internal.invoices;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cspsdk.core.error.ParseException;
import io.cspsdk.core.internal.json.Json;
import io.cspsdk.core.model.ReconciliationLineItem;
import java.io.IOException;

/**
 * JSON reading for the Graph exports. Export blobs name their fields in PascalCase ({@code PartnerId},
 * {@code PCToBCExchangeRate}), so line items are matched case-insensitively.
 */
final class ExportJson {
  private static final ObjectReader LINE_ITEMS = ((JsonMapper) Json.mapper()).rebuild()
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
      .build()
      .readerFor(ReconciliationLineItem.class);

  private ExportJson() {}

  static <T> T read(byte[] body, Class<T> type, String what) {
    try {
      return Json.mapper().readValue(body, type);
    } catch (JsonProcessingException e) {
      throw parseError(e, what, "");
    } catch (IOException e) {
      throw new ParseException("Could not read " + what + ": " + e.getMessage(), "$", e);
    }
  }

  static ReconciliationLineItem lineItem(String line, String where) {
    try {
      return LINE_ITEMS.readValue(line);
    } catch (JsonProcessingException e) {
      throw parseError(e, where, where + " ");
    }
  }

  private static ParseException parseError(JsonProcessingException e, String what, String prefix) {
    String path = "$";
    if (e instanceof JsonMappingException) {
      String ref = pathOf((JsonMappingException) e);
      if (!ref.isEmpty()) {
        path = "$" + ref;
      }
    }
    return new ParseException("Could not read " + what + " at " + path + ": " + e.getOriginalMessage(),
        prefix + path, e);
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        sb.append('.').append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }
}
