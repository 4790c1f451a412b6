package io.cspsdk.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.cspsdk.core.internal.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A JSON scenario file: optional {@code seed}, {@code start} (ISO instant), {@code maxPageSize},
 * {@code requireCustomerAgreement} (default true), and
 * {@code customers[]} each with {@code companyName}, optional {@code domain}, {@code agreementAccepted},
 * {@code users} (a count, or an array of {@code {userPrincipalName, licences[]}}), and {@code subscriptions[]}
 * ({@code catalogItemId, quantity, termDuration, billingCycle, autoRenew, startedDaysAgo, addOns[]}); plus
 * {@code bulkCustomers} (a count of plain customers). See the testkit README for an example.
 */
public final class Scenario {
  private final JsonNode root;

  private Scenario(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("scenario: must be a JSON object");
    }
    this.root = root;
  }

  public static Scenario parse(String json) {
    try {
      return new Scenario(Json.mapper().readTree(json));
    } catch (IOException e) {
      throw new IllegalArgumentException("scenario: not valid JSON: " + e.getMessage(), e);
    }
  }

  public static Scenario read(Path file) {
    try {
      return parse(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("scenario: cannot read " + file.toAbsolutePath(), e);
    }
  }

  /** The id seed the scenario asks for, if any. */
  public java.util.OptionalLong seed() {
    return root.has("seed") ? java.util.OptionalLong.of(root.get("seed").asLong()) : java.util.OptionalLong.empty();
  }

  /** The clock start the scenario asks for, if any. */
  public java.util.Optional<Instant> start() {
    if (!root.hasNonNull("start")) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(Instant.parse(root.get("start").asText()));
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("start: not an ISO-8601 instant: " + root.get("start").asText(), e);
    }
  }

  /** Whether purchases need an accepted Microsoft Customer Agreement, if the scenario says. */
  public java.util.Optional<Boolean> requireCustomerAgreement() {
    JsonNode v = root.get("requireCustomerAgreement");
    if (v == null || v.isNull()) {
      return java.util.Optional.empty();
    }
    if (!v.isBoolean()) {
      throw new IllegalArgumentException("requireCustomerAgreement: must be true or false, was " + v);
    }
    return java.util.Optional.of(v.asBoolean());
  }

  public java.util.OptionalInt maxPageSize() {
    return root.has("maxPageSize") ? java.util.OptionalInt.of(root.get("maxPageSize").asInt())
        : java.util.OptionalInt.empty();
  }

  /** Seeds the scenario's customers, subscriptions and users. */
  public void applyTo(Seeder seeder) {
    for (JsonNode c : root.path("customers")) {
      String name = c.path("companyName").asText(null);
      if (name == null) {
        throw new IllegalArgumentException("customers[].companyName: is required");
      }
      if (c.hasNonNull("domain")) {
        seeder.customer(name, c.get("domain").asText());
      } else {
        seeder.customer(name);
      }
      if (c.path("agreementAccepted").asBoolean(false)) {
        seeder.agreementAccepted();
      }
      for (JsonNode s : c.path("subscriptions")) {
        seeder.subscription(s.path("catalogItemId").asText(), s.path("quantity").asInt(1),
            s.path("termDuration").asText("P1Y"), s.path("billingCycle").asText("monthly"));
        if (s.has("autoRenew")) {
          seeder.autoRenew(s.get("autoRenew").asBoolean());
        }
        for (JsonNode a : s.path("addOns")) {
          seeder.addOn(a.path("catalogItemId").asText(), a.path("quantity").asInt(1));
        }
        if (s.has("startedDaysAgo")) {
          seeder.startedDaysAgo(s.get("startedDaysAgo").asInt());
        }
      }
      JsonNode users = c.path("users");
      if (users.isInt()) {
        seeder.users(users.asInt());
      } else {
        for (JsonNode u : users) {
          java.util.List<String> skus = new java.util.ArrayList<>();
          u.path("licences").forEach(l -> skus.add(l.asText()));
          seeder.user(u.path("userPrincipalName").asText(), skus.toArray(String[]::new));
        }
      }
    }
    if (root.has("bulkCustomers")) {
      seeder.customers(root.get("bulkCustomers").asInt());
    }
  }
}
