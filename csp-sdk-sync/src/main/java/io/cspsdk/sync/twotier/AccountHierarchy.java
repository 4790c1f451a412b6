package io.cspsdk.sync.twotier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mirrored hierarchy distributor → reseller → optional lite reseller → end customer, navigable both ways
 * (a snapshot: build a new one after changes).
 */
public final class AccountHierarchy {
  private final String distributorId;
  private final Map<String, MirroredAccount> byId = new LinkedHashMap<>();
  private final Map<String, List<MirroredAccount>> children = new LinkedHashMap<>();

  AccountHierarchy(String distributorId, List<MirroredAccount> accounts) {
    this.distributorId = distributorId;
    for (MirroredAccount a : accounts) {
      if (!a.deleted()) {
        byId.put(a.id(), a);
        children.computeIfAbsent(a.state().parentId(), k -> new ArrayList<>()).add(a);
      }
    }
  }

  public String distributorId() {
    return distributorId;
  }

  public Optional<MirroredAccount> account(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The accounts directly under {@code id} (the distributor's id gives the resellers). */
  public List<MirroredAccount> children(String id) {
    return List.copyOf(children.getOrDefault(id, List.of()));
  }

  /** The parent's id ({@code distributorId()} for a reseller); empty for unknown accounts. */
  public Optional<String> parentId(String id) {
    return account(id).map(a -> a.state().parentId());
  }

  /** The ids from the distributor down to {@code id}, both included; empty for unknown accounts. */
  public List<String> path(String id) {
    List<String> path = new ArrayList<>();
    String at = id;
    while (byId.containsKey(at) && path.size() <= byId.size()) {
      path.add(at);
      at = byId.get(at).state().parentId();
    }
    if (path.isEmpty() || !at.equals(distributorId)) {
      return List.of();
    }
    path.add(distributorId);
    Collections.reverse(path);
    return List.copyOf(path);
  }

  /** The reseller an account belongs to (itself for a reseller): the account the distributor invoices. */
  public Optional<MirroredAccount> resellerOf(String id) {
    return ancestor(id, AccountKind.RESELLER);
  }

  /** The lite reseller an end customer belongs to, if any (itself for a lite reseller). */
  public Optional<MirroredAccount> liteResellerOf(String id) {
    return ancestor(id, AccountKind.LITE_RESELLER);
  }

  /** All end customers below {@code id}, depth first. */
  public List<MirroredAccount> endCustomersUnder(String id) {
    List<MirroredAccount> out = new ArrayList<>();
    for (MirroredAccount c : children(id)) {
      if (c.state().kind() == AccountKind.END_CUSTOMER) {
        out.add(c);
      } else {
        out.addAll(endCustomersUnder(c.id()));
      }
    }
    return out;
  }

  private Optional<MirroredAccount> ancestor(String id, AccountKind kind) {
    for (String p : path(id)) {
      MirroredAccount a = byId.get(p);
      if (a != null && a.state().kind() == kind) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
