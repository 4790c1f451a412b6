package io.cspsdk.core.internal.http;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cspsdk.core.error.ResponseParseException;
import io.cspsdk.core.internal.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a listing page item by item after the page as a whole did not map because of one of its items: the readable
 * items, and for each unreadable one a {@link ResponseParseException} naming its path with a redacted excerpt of it.
 * Only taken on the failure path, so a readable page costs nothing extra.
 */
final class ItemByItem<T> {
  private static final Pattern ITEM_PATH = Pattern.compile("^(items|value)?\\[\\d+\\].*");

  final List<T> items = new ArrayList<>();
  final List<ResponseParseException> unreadable = new ArrayList<>();
  /** The envelope without its items (null for a bare array page). */
  CollectionEnvelope<T> envelope;

  private ItemByItem() {}

  /**
   * Splits the page into readable and unreadable items, or rethrows {@code pageError} when the page's trouble is not
   * one of its items (malformed JSON, a bad envelope member).
   */
  static <T> ItemByItem<T> read(byte[] body, JavaType envelopeType, JavaType itemType, String what,
                                ResponseParseException pageError) {
    if (!ITEM_PATH.matcher(pageError.path()).matches()) {
      throw pageError;
    }
    JsonNode root;
    try {
      root = Json.mapper().readTree(body);
    } catch (IOException e) {
      throw pageError;
    }
    ItemByItem<T> page = new ItemByItem<>();
    String field = root.isArray() ? "" : root.has("items") ? "items" : "value";
    JsonNode array = root.isArray() ? root : root.get(field);
    if (array == null || !array.isArray()) {
      throw pageError;
    }
    if (root.isObject()) {
      ObjectNode rest = ((ObjectNode) root).deepCopy();
      rest.remove("items");
      rest.remove("value");
      page.envelope = JsonBodies.readRequired(bytes(rest, pageError), envelopeType, what);
    }
    for (int i = 0; i < array.size(); i++) {
      page.add(array.get(i), field + "[" + i + "]", itemType, what, pageError);
    }
    return page;
  }

  /** A JSON null item of an otherwise readable page. */
  static ResponseParseException nullItem(String what, String itemPath) {
    return new ResponseParseException("Could not read " + what + ": null item at " + itemPath, itemPath, null,
        "null");
  }

  private void add(JsonNode node, String itemPath, JavaType itemType, String what, ResponseParseException pageError) {
    if (node == null || node.isNull()) {
      unreadable.add(nullItem(what, itemPath));
      return;
    }
    try {
      T value = JsonBodies.readRequired(bytes(node, pageError), itemType, what);
      items.add(value);
    } catch (ResponseParseException e) {
      String inner = e.path();
      String full = inner.equals("$") ? itemPath : inner.startsWith("[") ? itemPath + inner : itemPath + "." + inner;
      unreadable.add(new ResponseParseException("Could not read " + what + ": unreadable item at " + full + " ("
          + e.getMessage() + ")", full, null, PayloadExcerpt.of(node.toString())));
    }
  }

  private static byte[] bytes(JsonNode node, ResponseParseException pageError) {
    try {
      return Json.mapper().writeValueAsBytes(node);
    } catch (IOException e) {
      throw pageError;
    }
  }
}
