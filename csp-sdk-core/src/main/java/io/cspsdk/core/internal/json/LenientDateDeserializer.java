package io.cspsdk.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads a {@link LocalDate} from a bare date or from a date-time (its date part, in its own zone). */
final class LenientDateDeserializer extends StdScalarDeserializer<LocalDate> {
  private static final long serialVersionUID = 1L;

  LenientDateDeserializer() {
    super(LocalDate.class);
  }

  @Override
  public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
    }
    String text = p.getText().trim();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return text.length() <= 10 ? LocalDate.parse(text) : LenientDateTimeDeserializer.parse(text).toLocalDate();
    } catch (DateTimeParseException e) {
      return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not an ISO-8601 date");
    }
  }
}
