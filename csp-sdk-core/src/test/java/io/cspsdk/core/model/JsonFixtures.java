package io.cspsdk.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cspsdk.core.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/** Test helper: fixtures from {@code src/test/resources/fixtures} and a "written JSON keeps every field" check. */
public final class JsonFixtures {
  private JsonFixtures() {}

  public static String fixture(String name) {
    try (InputStream in = JsonFixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static <T> T read(String json, Class<T> type) {
    try {
      return Json.mapper().readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String write(Object value) {
    try {
      return Json.mapper().writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that every field of {@code expected} appears in {@code actual} with an equal value (numbers compared by
   * value); empty arrays and objects of {@code expected} may be left out of {@code actual}.
   */
  public static void assertJsonCovers(String expected, String actual) {
    try {
      covers("$", Json.mapper().readTree(expected), Json.mapper().readTree(actual));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void covers(String path, JsonNode e, JsonNode a) {
    if (e.isObject()) {
      assertThat(a.isObject()).as(path + " is an object in " + a).isTrue();
      for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        if (!a.has(f.getKey()) && f.getValue().isContainerNode() && f.getValue().isEmpty()) {
          continue; // empty collections are not written
        }
        assertThat(a.has(f.getKey())).as(path + "." + f.getKey() + " written").isTrue();
        covers(path + "." + f.getKey(), f.getValue(), a.get(f.getKey()));
      }
      for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        assertThat(e.has(name)).as(path + "." + name + " written but not in the input").isTrue();
      }
    } else if (e.isArray()) {
      assertThat(a.isArray()).as(path + " is an array").isTrue();
      assertThat(a.size()).as(path + " size").isEqualTo(e.size());
      for (int i = 0; i < e.size(); i++) {
        covers(path + "[" + i + "]", e.get(i), a.get(i));
      }
    } else if (e.isNumber()) {
      assertThat(a.isNumber()).as(path + " is a number").isTrue();
      assertThat(a.decimalValue()).as(path).isEqualByComparingTo(e.decimalValue());
    } else {
      assertThat(a).as(path).isEqualTo(e);
    }
  }
}
