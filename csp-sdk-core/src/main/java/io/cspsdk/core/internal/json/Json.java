package io.cspsdk.core.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MutableConfigOverride;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The one Jackson configuration of csp-sdk: lenient reading (unknown fields ignored, decimals as BigDecimal from
 * numbers or strings, dates with or without zone and up to 9 fractional digits, a blank string where an object is
 * expected read as absent, JSON {@code null} for a primitive read as absent so that a required one fails and a
 * defaulted one keeps its default), strict about required fields (a value type's non-{@code Optional} field that
 * is missing or null fails with a {@link MissingRequiredFieldException} naming its path), exact writing
 * (ISO-8601 dates, absent values omitted). Internal: Jackson never appears in public signatures.
 */
public final class Json {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .addModule(new Jdk8Module())
      .addModule(new SimpleModule("csp-sdk-lenient")
          .addDeserializer(OffsetDateTime.class, new LenientDateTimeDeserializer())
          .addDeserializer(LocalDate.class, new LenientDateDeserializer())
          .setDeserializerModifier(new EmptyStringAsAbsent()))
      .withConfigOverride(int.class, Json::nullIsAbsent)
      .withConfigOverride(long.class, Json::nullIsAbsent)
      .withConfigOverride(boolean.class, Json::nullIsAbsent)
      .withConfigOverride(double.class, Json::nullIsAbsent)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .serializationInclusion(JsonInclude.Include.NON_ABSENT)
      .build();

  private Json() {}

  /** JSON null for a primitive: the setter is not called, as if the field were absent (never a silent 0/false). */
  private static void nullIsAbsent(MutableConfigOverride override) {
    override.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.SKIP));
  }

  /** The shared, thread-safe mapper. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
