package io.cspsdk.core.internal.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.cspsdk.core.error.ResponseParseException;
import io.cspsdk.core.internal.json.Json;
import io.cspsdk.core.internal.json.MissingRequiredFieldException;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads response bodies with the shared mapper. Failures become {@link ResponseParseException} whose path names the
 * offending value ({@code items[3].quantity}); messages never quote the body (it may hold secrets).
 */
final class JsonBodies {
  private JsonBodies() {}

  private static final ClassValue<JavaType> CLASS_TYPES = new ClassValue<>() {
    @Override
    protected JavaType computeValue(Class<?> c) {
      return Json.mapper().getTypeFactory().constructType(c);
    }
  };

  static JavaType type(Type type) {
    return type instanceof Class ? CLASS_TYPES.get((Class<?>) type) : Json.mapper().getTypeFactory().constructType(type);
  }

  /** Reads a body that must hold a value: an empty body or a JSON {@code null} is a parse error too. */
  static <T> T readRequired(byte[] body, JavaType type, String what) {
    T value = read(body, type, what);
    if (value == null) {
      throw new ResponseParseException("Could not read " + what + ": expected " + simpleName(type)
          + ", got JSON null", "$", null);
    }
    return value;
  }

  /** Reads a body; JSON {@code null} reads as null, an empty body is a parse error. */
  static <T> T read(byte[] body, JavaType type, String what) {
    if (isBlank(body)) {
      throw new ResponseParseException("Could not read " + what + ": expected " + simpleName(type)
          + ", got an empty body", "$", null);
    }
    try {
      return Json.mapper().readValue(body, type);
    } catch (MissingRequiredFieldException e) {
      String path = path(e);
      throw new ResponseParseException("Could not read " + what + " as " + simpleName(type) + " at " + path
          + ": a required field is missing or null" + others(e), path, null);
    } catch (JsonMappingException e) {
      String path = path(e);
      String expected = e instanceof MismatchedInputException && ((MismatchedInputException) e).getTargetType() != null
          ? ", expected " + ((MismatchedInputException) e).getTargetType().getSimpleName() : "";
      throw new ResponseParseException("Could not read " + what + " as " + simpleName(type) + " at " + path + expected
          + " (" + e.getClass().getSimpleName() + ")", path, null);
    } catch (JsonProcessingException e) {
      String path = e.getProcessor() instanceof JsonParser ? path(((JsonParser) e.getProcessor()).getParsingContext())
          : "$";
      throw new ResponseParseException("Could not read " + what + ": " + problem(e) + " at " + path
          + location(e.getLocation()), path, null);
    } catch (IOException e) {
      throw new ResponseParseException("Could not read " + what + " (" + e.getClass().getSimpleName() + ")", "$", e);
    }
  }

  /** The other missing fields of the same object, if any. */
  private static String others(MissingRequiredFieldException e) {
    return e.fields().size() <= 1 ? ""
        : " (also missing: " + String.join(", ", e.fields().subList(1, e.fields().size())) + ")";
  }

  /** What went wrong, without quoting the body: Jackson's limits have their own words. */
  static String problem(JsonProcessingException e) {
    return e instanceof StreamConstraintsException ? "beyond the parser's limits (length or nesting)"
        : "malformed JSON";
  }

  /** " (line L, column C)", or nothing when Jackson has no location (its limit errors have none). */
  static String location(JsonLocation l) {
    return l == null || l.getLineNr() < 0 ? "" : " (line " + l.getLineNr() + ", column " + l.getColumnNr() + ")";
  }

  /** Whether the body is the JSON literal {@code null} (surrounding white space allowed). */
  static boolean isJsonNull(byte[] body) {
    return new String(body, java.nio.charset.StandardCharsets.UTF_8).strip().equals("null");
  }

  static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      } else if (ref.getFieldName() != null) {
        sb.append(sb.length() == 0 ? "" : ".").append(ref.getFieldName());
      }
    }
    return sb.length() == 0 ? "$" : sb.toString();
  }

  private static String path(JsonStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        parts.push("." + c.getCurrentName());
      }
    }
    String p = String.join("", parts);
    p = p.startsWith(".") ? p.substring(1) : p;
    return p.isEmpty() ? "$" : p;
  }

  private static String simpleName(JavaType type) {
    if (type.getContentType() != null) {
      return type.getRawClass().getSimpleName() + "<" + simpleName(type.getContentType()) + ">";
    }
    if (type.containedTypeCount() > 0) {
      return type.getRawClass().getSimpleName() + "<" + simpleName(type.containedType(0)) + ">";
    }
    return type.getRawClass().getSimpleName();
  }
}
