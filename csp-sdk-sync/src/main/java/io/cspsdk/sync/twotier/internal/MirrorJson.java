package io.cspsdk.sync.twotier.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cspsdk.sync.store.CorruptCheckpointException;

/** The JSON form of mirrored records in the JDBC store. */
public final class MirrorJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new Jdk8Module()).addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
      .build();

  private MirrorJson() {}

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /** Reads a stored record; an unreadable one is a {@link CorruptCheckpointException} naming where it is. */
  public static <T> T read(String json, Class<T> type, String location) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException | RuntimeException e) {
      throw new CorruptCheckpointException(location, "unreadable " + type.getSimpleName() + ": " + e.getMessage());
    }
  }
}
