package io.cspsdk.core.model;

import static io.cspsdk.core.model.JsonFixtures.fixture;
import static io.cspsdk.core.model.JsonFixtures.read;
import static io.cspsdk.core.model.JsonFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cspsdk.core.internal.json.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every listed model type, fed with Partner Center shaped JSON that drifts: extra fields at every level, numbers
 * sent as strings, optional fields missing. Each still reads, and writes back what it read.
 */
class ModelLenienceTest {

  /** The round-trip fixtures of {@link DomainModelJsonTest} plus the user, licence, billing and export types. */
  static Stream<Arguments> types() {
    return Stream.concat(DomainModelJsonTest.fixtures(), Stream.of(
        Arguments.of("user.json", User.class),
        Arguments.of("user-deleted.json", User.class),
        Arguments.of("subscribed-skus.json", SubscribedSku.class),
        Arguments.of("user-licenses.json", License.class),
        Arguments.of("license-update-response.json", LicenseUpdate.class),
        Arguments.of("invoice.json", Invoice.class),
        Arguments.of("reconciliation-line-item.json", ReconciliationLineItem.class),
        Arguments.of("legacy-line-item.json", LegacyLicenseLineItem.class),
        Arguments.of("legacy-usage-line-item.json", LegacyUsageLineItem.class),
        Arguments.of("export-manifest.json", ExportManifest.class)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void read_fixture_roundTripsThroughJson(String file, Class<?> type) {
    Object value = read(item(file).toString(), type);

    String written = write(value);

    assertThat(read(written, type)).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void read_unknownFieldsAtEveryLevel_areIgnored(String file, Class<?> type) {
    JsonNode original = item(file);
    JsonNode drifted = original.deepCopy();
    addUnknownFields(drifted);

    assertThat(drifted.toString()).contains("fieldFromTheFuture");
    assertThat(read(drifted.toString(), type)).isEqualTo(read(original.toString(), type));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void read_numbersAsStrings_readTheSameValues(String file, Class<?> type) {
    JsonNode original = item(file);
    JsonNode drifted = original.deepCopy();
    int changed = numbersToStrings(drifted);

    Object value = read(drifted.toString(), type);

    if (changed > 0) {
      assertThat(value).isEqualTo(read(original.toString(), type));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void read_optionalFieldsMissing_readAsAbsent(String file, Class<?> type) {
    ObjectNode original = (ObjectNode) item(file);
    ObjectNode sparse = Json.mapper().createObjectNode();
    List<String> dropped = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = original.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      ObjectNode without = original.deepCopy();
      without.remove(field.getKey());
      if (readsWithout(without, type)) {
        dropped.add(field.getKey());
      } else {
        sparse.set(field.getKey(), field.getValue());
      }
    }

    Object value = read(sparse.toString(), type);

    assertThat(dropped).as("optional fields of " + type.getSimpleName()).isNotEmpty();
    JsonNode written = read(write(value), JsonNode.class);
    for (String field : dropped) {
      JsonNode w = written.get(field);
      assertThat(w == null || isDefault(w)).as(field + " written as " + w).isTrue();
    }
  }

  /** Primitive attributes read a missing value as their default: false, 0 or an empty collection. */
  private static boolean isDefault(JsonNode node) {
    return node.isBoolean() && !node.booleanValue() || node.isNumber() && node.decimalValue().signum() == 0
        || node.isContainerNode() && node.isEmpty();
  }

  private static boolean readsWithout(JsonNode json, Class<?> type) {
    try {
      Json.mapper().readValue(json.toString(), type);
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  private static final java.util.Set<String> OPEN_MAPS = java.util.Set.of("links", "dynamicAttributes", "provisioningContext");

  /** A fixture's document, or the first item of a collection fixture. */
  private static JsonNode item(String file) {
    JsonNode node = read(fixture(file), JsonNode.class);
    return node.has("items") ? node.get("items").get(0) : node;
  }

  /** Adds an unknown field to every object except open maps (links by relation, dynamic attributes). */
  private static void addUnknownFields(JsonNode node) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (!OPEN_MAPS.contains(field.getKey())) {
          addUnknownFields(field.getValue());
        }
      }
      ((ObjectNode) node).putObject("fieldFromTheFuture").put("nested", 1).putArray("list").add("x");
    } else if (node.isArray()) {
      node.elements().forEachRemaining(ModelLenienceTest::addUnknownFields);
    }
  }

  private static int numbersToStrings(JsonNode node) {
    int changed = 0;
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode child = object.get(name);
        if (child.isNumber()) {
          object.put(name, child.asText());
          changed++;
        } else {
          changed += numbersToStrings(child);
        }
      }
    } else if (node.isArray()) {
      ArrayNode array = (ArrayNode) node;
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isNumber()) {
          array.set(i, array.get(i).asText());
          changed++;
        } else {
          changed += numbersToStrings(array.get(i));
        }
      }
    }
    return changed;
  }
}
