package io.cspsdk.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;

/**
 * A value type's required field was absent or JSON {@code null}. Thrown while reading, with the field as the last
 * element of the path, so that Jackson's path ({@code items[3].status}) names it exactly.
 */
public final class MissingRequiredFieldException extends MismatchedInputException {
  private static final long serialVersionUID = 1L;
  private final transient List<String> fields;

  MissingRequiredFieldException(JsonParser p, Class<?> type, List<String> fields) {
    super(p, "required field " + String.join(", ", fields) + " of " + type.getSimpleName() + " is missing or null",
        type);
    this.fields = List.copyOf(fields);
  }

  /** The path of the first missing field, e.g. {@code items[3].status} ({@code $} prefix-free). */
  public String jsonPath() {
    StringBuilder sb = new StringBuilder();
    for (Reference ref : getPath()) {
      if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      } else if (ref.getFieldName() != null) {
        sb.append(sb.length() == 0 ? "" : ".").append(ref.getFieldName());
      }
    }
    return sb.length() == 0 ? "$" : sb.toString();
  }

  /** The missing fields, in declaration order; the path names the first. */
  public List<String> fields() {
    return fields;
  }
}
