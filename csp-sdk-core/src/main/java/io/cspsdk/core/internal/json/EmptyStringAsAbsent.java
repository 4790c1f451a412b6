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
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wraps every bean deserializer to read a blank string where an object is expected (Partner Center sometimes sends
 * {@code "tags": ""}) as absent (Jackson's {@code ACCEPT_EMPTY_STRING_AS_NULL_OBJECT} does not reach Immutables'
 * delegating creators), and to turn a value type's "required attributes are not set" failure into a
 * {@link MissingRequiredFieldException} whose path ends in the missing field.
 */
final class EmptyStringAsAbsent extends BeanDeserializerModifier {
  private static final long serialVersionUID = 1L;
  private static final Pattern MISSING = Pattern.compile("required attributes are not set \\[([^\\]]*)\\]");

  @Override
  public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
      JsonDeserializer<?> deserializer) {
    return deserializer instanceof BeanDeserializerBase ? new Tolerant(deserializer) : deserializer;
  }

  /** Delegates everything except a blank string, which reads as null; names missing required fields. */
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
      try {
        return super.deserialize(p, ctxt);
      } catch (ValueInstantiationException e) {
        List<String> missing = missingAttributes(e.getCause());
        if (missing.isEmpty()) {
          throw e;
        }
        MissingRequiredFieldException named = new MissingRequiredFieldException(p, handledType(), missing);
        named.prependPath(null, missing.get(0));
        throw named;
      }
    }
  }

  /**
   * The attribute names of an Immutables builder's "some of required attributes are not set [a, b]" failure, empty
   * for any other failure.
   */
  static List<String> missingAttributes(Throwable cause) {
    if (!(cause instanceof IllegalStateException) || cause.getMessage() == null) {
      return List.of();
    }
    Matcher m = MISSING.matcher(cause.getMessage());
    if (!m.find()) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (String name : m.group(1).split(",")) {
      if (!name.isBlank()) {
        names.add(name.strip());
      }
    }
    return names;
  }
}
