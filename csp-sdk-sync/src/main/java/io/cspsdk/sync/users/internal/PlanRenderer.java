package io.cspsdk.sync.users.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cspsdk.sync.users.AttributeChange;
import io.cspsdk.sync.users.SeatShortage;
import io.cspsdk.sync.users.StepKind;
import io.cspsdk.sync.users.SyncPlan;
import io.cspsdk.sync.users.SyncSide;
import io.cspsdk.sync.users.SyncStep;
import io.cspsdk.sync.users.UserSnapshot;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A plan as text a person reads and as JSON a UI renders. */
public final class PlanRenderer {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PlanRenderer() {}

  public static String text(SyncPlan plan) {
    StringBuilder b = new StringBuilder();
    b.append("Plan for customer ").append(plan.customerId()).append(" at ").append(plan.plannedAt())
        .append(" (").append(plan.direction()).append(", conflicts: ").append(plan.conflictPolicy())
        .append(", deletions: ").append(plan.deletionMode()).append(")\n");
    if (plan.isEmpty()) {
      b.append("  no changes\n");
    }
    for (SyncStep s : plan.steps()) {
      b.append(String.format("  %-2s %-16s %-9s %s", s.kind().symbol(), label(s.kind()), side(s),
          s.kind() == StepKind.BUY_SEATS ? "subscription " + s.subscriptionId().orElse("") : s.userPrincipalName()));
      String what = what(s);
      if (!what.isEmpty()) {
        b.append("  ").append(what);
      }
      b.append("\n       because ").append(s.reason()).append('\n');
      s.blockedBy().ifPresent(r -> b.append("       BLOCKED: ").append(r).append('\n'));
    }
    for (SeatShortage sh : plan.shortages()) {
      b.append("  seats: ").append(sh.skuName()).append(" (").append(sh.skuId()).append(") needs ")
          .append(sh.needed()).append(", ").append(sh.available()).append(" available, ").append(sh.missing())
          .append(" missing\n");
    }
    plan.notices().forEach(n -> b.append("  note: ").append(n).append('\n'));
    b.append(String.format("%d step%s: create %d, update %d, restore %d, licences %d, disable or delete %d, "
            + "blocked %d", plan.steps().size(), plan.steps().size() == 1 ? "" : "s", plan.count(StepKind.CREATE_USER),
        plan.count(StepKind.UPDATE_USER), plan.count(StepKind.RESTORE_USER),
        plan.count(StepKind.ASSIGN_LICENCES) + plan.count(StepKind.REMOVE_LICENCES), plan.deletions(),
        plan.steps().stream().filter(SyncStep::blocked).count()));
    if (plan.deletionAllowanceRequired()) {
      b.append(String.format("%nSTOP: %d of %d users would be disabled or deleted, more than the %d %% threshold; "
          + "apply needs an explicit allowance", plan.deletions(), plan.usersOnCustomer(),
          plan.deletionThresholdPercent()));
    }
    return b.append('\n').toString();
  }

  private static String label(StepKind k) {
    return k.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String side(SyncStep s) {
    if (s.kind() == StepKind.LINK_USERS) {
      return "both";
    }
    return s.side() == SyncSide.PARTNER_CENTER ? "PC" : "directory";
  }

  private static String what(SyncStep s) {
    if (!s.licences().isEmpty() && s.kind() != StepKind.BUY_SEATS) {
      return String.join(", ", s.licences()) + s.licenceGroup().map(g -> " (" + g + ")").orElse("");
    }
    return s.changes().stream().map(c -> c.attribute() + ": " + c.from().map(v -> "\"" + v + "\" → ").orElse("")
        + "\"" + c.to().orElse("") + "\"").collect(Collectors.joining(", "));
  }

  public static String json(SyncPlan plan) {
    ObjectNode root = JSON.createObjectNode();
    root.put("customerId", plan.customerId());
    root.put("plannedAt", plan.plannedAt().toString());
    root.put("direction", plan.direction().name());
    root.put("conflictPolicy", plan.conflictPolicy().name());
    root.put("deletionMode", plan.deletionMode().name());
    root.put("usersOnCustomer", plan.usersOnCustomer());
    root.put("deletions", plan.deletions());
    root.put("deletionThresholdPercent", plan.deletionThresholdPercent());
    root.put("deletionAllowanceRequired", plan.deletionAllowanceRequired());
    ArrayNode steps = root.putArray("steps");
    for (SyncStep s : plan.steps()) {
      ObjectNode n = steps.addObject();
      n.put("key", s.key());
      n.put("kind", s.kind().name());
      n.put("side", s.side().name());
      n.put("userPrincipalName", s.userPrincipalName());
      s.directoryUserId().ifPresent(v -> n.put("directoryUserId", v));
      s.partnerCenterUserId().ifPresent(v -> n.put("partnerCenterUserId", v));
      s.subscriptionId().ifPresent(v -> n.put("subscriptionId", v));
      ArrayNode changes = n.putArray("changes");
      for (AttributeChange c : s.changes()) {
        ObjectNode cn = changes.addObject().put("attribute", c.attribute());
        cn.put("from", c.from().orElse(null));
        cn.put("to", c.to().orElse(null));
      }
      ArrayNode licences = n.putArray("licences");
      s.licences().forEach(licences::add);
      s.licenceGroup().ifPresent(v -> n.put("licenceGroup", v));
      n.put("reason", s.reason());
      s.blockedBy().ifPresent(v -> n.put("blockedBy", v));
      s.dependsOn().ifPresent(v -> n.put("dependsOn", v));
      snapshot(n, "plannedAgainst", s.plannedAgainst());
      snapshot(n, "expected", s.expected());
    }
    ArrayNode shortages = root.putArray("shortages");
    for (SeatShortage sh : plan.shortages()) {
      shortages.addObject().put("skuId", sh.skuId()).put("skuName", sh.skuName()).put("needed", sh.needed())
          .put("available", sh.available()).put("missing", sh.missing());
    }
    ArrayNode notices = root.putArray("notices");
    plan.notices().forEach(notices::add);
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void snapshot(ObjectNode parent, String name, Optional<UserSnapshot> snapshot) {
    if (snapshot.isEmpty()) {
      return;
    }
    UserSnapshot s = snapshot.get();
    ObjectNode n = parent.putObject(name);
    for (String a : UserSnapshot.ATTRIBUTES) {
      n.put(a, s.attribute(a).orElse(null));
    }
    n.put("state", s.life().name());
    ArrayNode l = n.putArray("licences");
    s.licences().forEach(l::add);
  }
}
