package io.cspsdk.testkit.internal.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cspsdk.core.internal.json.Json;
import java.io.IOException;
import java.util.Map;

/** The malformed-record fault: one item of an otherwise valid page gets members set (e.g. a value of the wrong type). */
final class MalformedRecord {
  private MalformedRecord() {}

  /** The answer with item {@code index} of its {@code items} changed, or the answer itself when it is not such a page. */
  static Response apply(Response answer, int index, Map<String, Object> members) {
    if (answer == null || answer.status() != 200 || answer.body().length == 0) {
      return answer;
    }
    JsonNode root;
    try {
      root = Json.mapper().readTree(answer.body());
    } catch (IOException e) {
      return answer;
    }
    JsonNode items = root == null ? null : root.isArray() ? root : root.get("items");
    if (items == null || !items.isArray() || items.size() <= index || !items.get(index).isObject()) {
      return answer;
    }
    ObjectNode item = (ObjectNode) items.get(index);
    members.forEach((name, value) -> item.set(name, Json.mapper().valueToTree(value)));
    Response changed = Response.json(200, root);
    answer.headers().forEach((k, v) -> {
      if (!k.equalsIgnoreCase("Content-Length")) {
        changed.header(k, v);
      }
    });
    return changed;
  }
}
