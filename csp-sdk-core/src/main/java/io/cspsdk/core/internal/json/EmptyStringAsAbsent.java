package io.cspsdk.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;

/**
 * Reads a blank string where an object is expected (Partner Center sometimes sends {@code "tags": ""}) as absent.
 * Jackson's {@code ACCEPT_EMPTY_STRING_AS_NULL_OBJECT} does not reach Immutables' delegating creators, so every
 * bean deserializer is wrapped instead.
 */
final class EmptyStringAsAbsent extends BeanDeserializerModifier {
  private static final long serialVersionUID = 1L;

  @Override
  public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
      JsonDeserializer<?> deserializer) {
    return deserializer instanceof BeanDeserializerBase ? new Tolerant(deserializer) : deserializer;
  }

  /** Delegates everything except a blank string, which reads as null. */
  private static final class Tolerant extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    Tolerant(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new Tolerant(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING && p.getText().isBlank()) {
        return null;
      }
      return super.deserialize(p, ctxt);
    }
  }
}
