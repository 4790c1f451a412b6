package io.cspsdk.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * Reads Partner Center timestamps into {@link OffsetDateTime}: with or without a zone (no zone means UTC),
 * with 0 to 9 fractional digits, or a bare date (midnight UTC).
 */
final class LenientDateTimeDeserializer extends StdScalarDeserializer<OffsetDateTime> {
  private static final long serialVersionUID = 1L;

  LenientDateTimeDeserializer() {
    super(OffsetDateTime.class);
  }

  @Override
  public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return (OffsetDateTime) ctxt.handleUnexpectedToken(OffsetDateTime.class, p);
    }
    String text = p.getText().trim();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return parse(text);
    } catch (DateTimeParseException e) {
      return (OffsetDateTime) ctxt.handleWeirdStringValue(OffsetDateTime.class, text,
          "not an ISO-8601 date or date-time");
    }
  }

  static OffsetDateTime parse(String text) {
    if (text.length() <= 10) {
      return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
    }
    TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parseBest(text,
        OffsetDateTime::from, LocalDateTime::from);
    return t instanceof OffsetDateTime ? (OffsetDateTime) t : ((LocalDateTime) t).atOffset(ZoneOffset.UTC);
  }
}
