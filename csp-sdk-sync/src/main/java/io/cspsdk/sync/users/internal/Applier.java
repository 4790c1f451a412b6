package io.cspsdk.sync.users.internal;

import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.error.ConflictException;
import io.cspsdk.core.error.NotFoundException;
import io.cspsdk.core.error.PartnerCenterException;
import io.cspsdk.core.error.PartnerCenterServiceException;
import io.cspsdk.core.model.LicenseAssignment;
import io.cspsdk.core.model.LicenseUpdate;
import io.cspsdk.core.model.NewUser;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.core.model.User;
import io.cspsdk.core.model.UserUpdate;
import io.cspsdk.sync.users.ApplyResult;
import io.cspsdk.sync.users.AttributeChange;
import io.cspsdk.sync.users.DirectoryUser;
import io.cspsdk.sync.users.Password;
import io.cspsdk.sync.users.PasswordDelivery;
import io.cspsdk.sync.users.PasswordPolicyException;
import io.cspsdk.sync.users.StepKind;
import io.cspsdk.sync.users.StepOutcome;
import io.cspsdk.sync.users.StepOutcome.Status;
import io.cspsdk.sync.users.SyncPlan;
import io.cspsdk.sync.users.SyncSide;
import io.cspsdk.sync.users.SyncStep;
import io.cspsdk.sync.users.UserDirectory;
import io.cspsdk.sync.users.UserLife;
import io.cspsdk.sync.users.UserLink;
import io.cspsdk.sync.users.UserLinkStore;
import io.cspsdk.sync.users.UserSnapshot;
import io.cspsdk.sync.users.UserSyncSettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Applies exactly the steps of a plan, in order: each target is read again first; a target already in the step's
 * expected state is left alone (applied before), one no longer in the planned-against state is refused as stale.
 * After each step the link's baseline records what both sides now agree on.
 */
public final class Applier {
  private final PartnerCenterClient pc;
  private final UserDirectory directory;
  private final UserLinkStore links;
  private final UserSyncSettings settings;
  private final PasswordDelivery delivery;
  private final Clock clock;
  private final String customerId;
  /** Directory ids changed by {@link UserDirectory#adoptPartnerCenterId} during this apply. */
  private final Map<String, String> rekeyed = new HashMap<>();

  public Applier(PartnerCenterClient pc, UserDirectory directory, UserLinkStore links, UserSyncSettings settings,
                 PasswordDelivery delivery, Clock clock, String customerId) {
    this.pc = pc;
    this.directory = directory;
    this.links = links;
    this.settings = settings;
    this.delivery = delivery;
    this.clock = clock;
    this.customerId = customerId;
  }

  public ApplyResult apply(SyncPlan plan, Consumer<StepOutcome> onStep) {
    Map<String, StepOutcome> done = new HashMap<>();
    List<StepOutcome> outcomes = new ArrayList<>();
    for (SyncStep step : plan.steps()) {
      StepOutcome o;
      StepOutcome dep = step.dependsOn().map(done::get).orElse(null);
      if (step.blocked()) {
        o = new StepOutcome(step, Status.SKIPPED, "blocked at planning: " + step.blockedBy().get());
      } else if (dep != null && !dep.succeeded()) {
        o = new StepOutcome(step, Status.SKIPPED, "depends on " + dep.step().key() + ", which ended " + dep.status());
      } else {
        try {
          o = run(step);
        } catch (PartnerCenterException | IllegalArgumentException | IllegalStateException e) {
          o = new StepOutcome(step, Status.FAILED, e.getMessage());
        }
      }
      done.put(step.key(), o);
      outcomes.add(o);
      onStep.accept(o);
    }
    return new ApplyResult(customerId, outcomes, pc.licenses(customerId)
        .subscribedSkus(Snapshots.LICENCE_GROUPS, RequestOptions.none()).stream().toList());
  }

  private StepOutcome run(SyncStep step) {
    if (step.kind() == StepKind.BUY_SEATS) {
      return buySeats(step);
    }
    if (step.kind() == StepKind.LINK_USERS) {
      return link(step);
    }
    if (step.kind() == StepKind.CREATE_USER) {
      return step.side() == SyncSide.PARTNER_CENTER ? createInPartnerCenter(step) : createInDirectory(step);
    }
    return step.side() == SyncSide.PARTNER_CENTER ? onPartnerCenter(step) : onDirectory(step);
  }

  private StepOutcome buySeats(SyncStep step) {
    String id = step.subscriptionId().orElseThrow();
    AttributeChange q = step.changes().get(0);
    int from = Integer.parseInt(q.from().orElseThrow());
    int to = Integer.parseInt(q.to().orElseThrow());
    Subscription s = pc.subscriptions(customerId).get(id);
    if (s.quantity() == to) {
      return new StepOutcome(step, Status.ALREADY_APPLIED, "quantity already " + to);
    }
    if (s.quantity() != from) {
      return new StepOutcome(step, Status.STALE, "quantity was " + from + " when planned, now " + s.quantity());
    }
    pc.subscriptions(customerId).changeQuantity(id, to);
    return new StepOutcome(step, Status.APPLIED, "quantity " + from + " → " + to);
  }

  private StepOutcome link(SyncStep step) {
    String dirId = step.directoryUserId().orElseThrow();
    String pcId = step.partnerCenterUserId().orElseThrow();
    Optional<UserLink> existing = linkOfDirectory(dirId);
    if (existing.isPresent() && existing.get().partnerCenterUserId().equals(pcId)) {
      return new StepOutcome(step, Status.ALREADY_APPLIED, "already linked");
    }
    DirectoryUser d = directory.get(customerId, dirId).orElse(null);
    if (d == null) {
      return new StepOutcome(step, Status.STALE, "the directory user is gone");
    }
    UserSnapshot ds = Snapshots.of(d);
    UserSnapshot ps = readPartnerCenter(pcId);
    if (!ps.sameAs(step.plannedAgainst().orElseThrow())) {
      return stale(step, ps);
    }
    Map<String, String> base = new HashMap<>();
    for (String a : UserSnapshot.ATTRIBUTES) {
      String dv = Snapshots.norm(a, ds.attribute(a));
      if (dv.equals(Snapshots.norm(a, ps.attribute(a)))) {
        base.put(Snapshots.attributeKey(a), dv);
      }
    }
    if (ds.life() == ps.life()) {
      base.put(Snapshots.LIFE_KEY, ds.life().name());
    }
    base.put(Snapshots.LICENCES_KEY, "1");
    Set<String> either = new LinkedHashSet<>(ds.licences());
    either.addAll(ps.licences());
    either.forEach(s -> base.put(Snapshots.skuKey(s),
        ds.licences().contains(s) && ps.licences().contains(s) ? "1" : Snapshots.UNKNOWN));
    links.save(new UserLink(customerId, dirId, pcId, base, clock.instant()));
    return new StepOutcome(step, Status.APPLIED, "linked by user principal name");
  }

  private StepOutcome createInPartnerCenter(SyncStep step) {
    String dirId = step.directoryUserId().orElseThrow();
    Optional<UserLink> l = linkOfDirectory(dirId);
    if (l.isPresent() && existsInPartnerCenter(l.get().partnerCenterUserId())) {
      return new StepOutcome(step, Status.ALREADY_APPLIED, "already created as " + l.get().partnerCenterUserId());
    }
    UserSnapshot u = step.expected().orElseThrow();
    String name = u.displayName().orElse(u.userPrincipalName());
    Password password;
    try {
      password = password(u.userPrincipalName(), name);
    } catch (PasswordPolicyException e) {
      return new StepOutcome(step, Status.FAILED, "password refused by the password policy: " + e.rule());
    }
    NewUser nu = NewUser.builder().userPrincipalName(u.userPrincipalName()).displayName(name)
        .firstName(u.firstName()).lastName(u.lastName()).usageLocation(u.usageLocation().orElseThrow())
        .password(password.reveal()).build();
    User created;
    try {
      created = pc.users(customerId).create(nu);
    } catch (ConflictException e) {
      return new StepOutcome(step, Status.STALE, "a Partner Center user with this principal name appeared since "
          + "planning: " + e.getMessage());
    }
    String pcId = created.id();
    l.ifPresent(old -> links.delete(customerId, old.directoryUserId()));
    String newDirId = directory.adoptPartnerCenterId(customerId, dirId, pcId);
    rekeyed.put(dirId, newDirId);
    links.save(new UserLink(customerId, newDirId, pcId, baselineOf(u), clock.instant()));
    return deliver(step, u.userPrincipalName(), SyncSide.PARTNER_CENTER, password, "created " + pcId);
  }

  private StepOutcome createInDirectory(SyncStep step) {
    String pcId = step.partnerCenterUserId().orElseThrow();
    Optional<UserLink> l = linkOfPartnerCenter(pcId);
    if (l.isPresent() && directory.get(customerId, l.get().directoryUserId()).isPresent()) {
      return new StepOutcome(step, Status.ALREADY_APPLIED, "already created as " + l.get().directoryUserId());
    }
    UserSnapshot u = step.expected().orElseThrow();
    for (DirectoryUser d : directory.list(customerId)) {
      if (d.userPrincipalName().equalsIgnoreCase(u.userPrincipalName())) {
        return new StepOutcome(step, Status.STALE, "a directory user with this principal name appeared since "
            + "planning: " + d.id().orElse(""));
      }
    }
    String name = u.displayName().orElse(u.userPrincipalName());
    Password password;
    try {
      password = password(u.userPrincipalName(), name);
    } catch (PasswordPolicyException e) {
      return new StepOutcome(step, Status.FAILED, "password refused by the password policy: " + e.rule());
    }
    DirectoryUser created = directory.create(customerId, DirectoryUser.builder().id(pcId)
        .userPrincipalName(u.userPrincipalName()).firstName(u.firstName()).lastName(u.lastName())
        .displayName(name).usageLocation(u.usageLocation()).build(), password);
    l.ifPresent(old -> links.delete(customerId, old.directoryUserId()));
    links.save(new UserLink(customerId, created.id().orElseThrow(), pcId, baselineOf(u), clock.instant()));
    return deliver(step, u.userPrincipalName(), SyncSide.DIRECTORY, password, "created " + created.id().get());
  }

  private Password password(String upn, String name) {
    Optional<Password> given = settings.passwordSource().passwordFor(customerId, upn);
    if (given.isPresent()) {
      settings.passwordPolicy().check(given.get().reveal(), upn, name);
      return given.get();
    }
    return settings.passwordPolicy().generate(upn, name);
  }

  private StepOutcome deliver(SyncStep step, String upn, SyncSide side, Password password, String detail) {
    try {
      delivery.deliver(customerId, upn, side, password);
      return new StepOutcome(step, Status.APPLIED, detail + "; password delivered");
    } catch (RuntimeException e) {
      return new StepOutcome(step, Status.PARTIAL, detail + ", but the password delivery failed ("
          + e.getClass().getSimpleName() + "); reset the password to give the user one");
    }
  }

  private StepOutcome onPartnerCenter(SyncStep step) {
    String id = step.partnerCenterUserId()
        .or(() -> step.directoryUserId().flatMap(this::linkOfDirectory).map(UserLink::partnerCenterUserId))
        .orElseThrow(() -> new IllegalStateException("no Partner Center user for " + step.userPrincipalName()));
    UserSnapshot current = readPartnerCenter(id);
    StepOutcome refused = check(step, current);
    if (refused != null) {
      return refused;
    }
    switch (step.kind()) {
      case RESTORE_USER -> pc.users(customerId).restore(id);
      case DELETE_USER -> pc.users(customerId).delete(id);
      case UPDATE_USER -> {
        UserUpdate.Builder patch = UserUpdate.builder();
        for (AttributeChange c : step.changes()) {
          String v = c.to().orElseThrow();
          switch (c.attribute()) {
            case "userPrincipalName" -> patch.userPrincipalName(v);
            case "firstName" -> patch.firstName(v);
            case "lastName" -> patch.lastName(v);
            case "displayName" -> patch.displayName(v);
            default -> patch.usageLocation(v);
          }
        }
        pc.users(customerId).update(id, patch.build());
      }
      case ASSIGN_LICENCES, REMOVE_LICENCES -> {
        LicenseUpdate.Builder u = LicenseUpdate.builder();
        if (step.kind() == StepKind.ASSIGN_LICENCES) {
          step.licences().forEach(s -> u.addLicensesToAssign(LicenseAssignment.of(s)));
        } else {
          u.addAllLicensesToRemove(step.licences());
        }
        try {
          pc.licenses(customerId).update(id, u.build());
        } catch (PartnerCenterServiceException e) {
          if (e.errorCode().filter("60012"::equals).isPresent()) {
            return new StepOutcome(step, Status.FAILED, "not enough seats (Partner Center 60012); no licence of "
                + "this step was changed: " + e.getMessage());
          }
          throw e;
        }
      }
      default -> throw new IllegalStateException("not a Partner Center step: " + step.kind());
    }
    recordBaseline(step, Optional.empty(), Optional.of(id));
    return new StepOutcome(step, Status.APPLIED, describe(step));
  }

  private StepOutcome onDirectory(SyncStep step) {
    String id = step.directoryUserId()
        .or(() -> step.partnerCenterUserId().flatMap(this::linkOfPartnerCenter).map(UserLink::directoryUserId))
        .orElseThrow(() -> new IllegalStateException("no directory user for " + step.userPrincipalName()));
    DirectoryUser d = directory.get(customerId, id).orElse(null);
    UserSnapshot current = d == null ? UserSnapshot.absent(step.userPrincipalName()) : Snapshots.of(d);
    StepOutcome refused = check(step, current);
    if (refused != null) {
      return refused;
    }
    switch (step.kind()) {
      case RESTORE_USER -> directory.update(customerId, d.toBuilder().enabled(true).build());
      case DISABLE_USER -> directory.disable(customerId, id);
      case DELETE_USER -> directory.delete(customerId, id);
      case UPDATE_USER -> {
        DirectoryUser.Builder b = d.toBuilder();
        for (AttributeChange c : step.changes()) {
          String v = c.to().orElseThrow();
          switch (c.attribute()) {
            case "userPrincipalName" -> b.userPrincipalName(v);
            case "firstName" -> b.firstName(v);
            case "lastName" -> b.lastName(v);
            case "displayName" -> b.displayName(v);
            default -> b.usageLocation(v);
          }
        }
        directory.update(customerId, b.build());
      }
      case ASSIGN_LICENCES -> directory.updateLicences(customerId, id, Set.copyOf(step.licences()), Set.of());
      case REMOVE_LICENCES -> directory.updateLicences(customerId, id, Set.of(), Set.copyOf(step.licences()));
      default -> throw new IllegalStateException("not a directory step: " + step.kind());
    }
    recordBaseline(step, Optional.of(id), Optional.empty());
    return new StepOutcome(step, Status.APPLIED, describe(step));
  }

  /** Null when the target is as planned; otherwise the outcome that refuses the step. */
  private StepOutcome check(SyncStep step, UserSnapshot current) {
    if (step.expected().filter(current::sameAs).isPresent()) {
      return new StepOutcome(step, Status.ALREADY_APPLIED, "the target already is as the step leaves it");
    }
    if (step.plannedAgainst().filter(current::sameAs).isEmpty()) {
      return stale(step, current);
    }
    return null;
  }

  private static StepOutcome stale(SyncStep step, UserSnapshot current) {
    return new StepOutcome(step, Status.STALE, "the target changed since planning: planned against "
        + step.plannedAgainst().map(Applier::brief).orElse("nothing") + ", now " + brief(current) + "; plan again");
  }

  private static String brief(UserSnapshot s) {
    return s.userPrincipalName() + " " + s.life() + " " + s.displayName().orElse("") + " "
        + s.usageLocation().orElse("-") + " " + s.licences();
  }

  private static String describe(SyncStep step) {
    return step.kind() + (step.licences().isEmpty() ? "" : " " + step.licences())
        + (step.changes().isEmpty() ? "" : " " + step.changes().stream().map(AttributeChange::attribute).toList());
  }

  /** Records in the link what both sides agree on after the step. */
  private void recordBaseline(SyncStep step, Optional<String> dirId, Optional<String> pcId) {
    Optional<UserLink> l = dirId.flatMap(this::linkOfDirectory)
        .or(() -> step.directoryUserId().flatMap(this::linkOfDirectory))
        .or(() -> pcId.flatMap(this::linkOfPartnerCenter));
    if (l.isEmpty()) {
      return;
    }
    Map<String, String> base = new HashMap<>(l.get().baseline());
    switch (step.kind()) {
      case UPDATE_USER -> step.changes().forEach(c ->
          base.put(Snapshots.attributeKey(c.attribute()), Snapshots.norm(c.attribute(), c.to())));
      case ASSIGN_LICENCES -> step.licences().forEach(s -> base.put(Snapshots.skuKey(s), "1"));
      case REMOVE_LICENCES -> step.licences().forEach(s -> base.put(Snapshots.skuKey(s), "0"));
      default -> {
        UserLife life = step.expected().map(UserSnapshot::life).orElse(UserLife.GONE);
        base.put(Snapshots.LIFE_KEY, life.name());
        if (life != UserLife.ACTIVE) {
          // Partner Center drops a soft-deleted user's licences: after a restore the directory's are assigned again
          base.keySet().removeIf(k -> k.startsWith("sku:"));
          base.put(Snapshots.LICENCES_KEY, "1");
        }
      }
    }
    links.save(new UserLink(customerId, l.get().directoryUserId(), l.get().partnerCenterUserId(), base,
        clock.instant()));
  }

  private static Map<String, String> baselineOf(UserSnapshot u) {
    Map<String, String> base = new HashMap<>();
    for (String a : UserSnapshot.ATTRIBUTES) {
      base.put(Snapshots.attributeKey(a), Snapshots.norm(a, u.attribute(a)));
    }
    base.put(Snapshots.LIFE_KEY, UserLife.ACTIVE.name());
    base.put(Snapshots.LICENCES_KEY, "1");
    return base;
  }

  private UserSnapshot readPartnerCenter(String id) {
    User u;
    try {
      u = pc.users(customerId).get(id);
    } catch (NotFoundException e) {
      return UserSnapshot.absent("");
    }
    boolean active = u.state().map(s -> s.equals(io.cspsdk.core.model.UserState.ACTIVE)).orElse(true);
    List<String> licences = active ? Snapshots.skus(pc.licenses(customerId).userLicenses(id, Snapshots.LICENCE_GROUPS,
        RequestOptions.none())) : List.of();
    return Snapshots.of(u, licences);
  }

  private boolean existsInPartnerCenter(String id) {
    try {
      pc.users(customerId).get(id);
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  private Optional<UserLink> linkOfDirectory(String dirId) {
    String id = rekeyed.getOrDefault(dirId, dirId);
    return links.links(customerId).stream().filter(l -> l.directoryUserId().equals(id)).findFirst();
  }

  private Optional<UserLink> linkOfPartnerCenter(String pcId) {
    return links.links(customerId).stream().filter(l -> l.partnerCenterUserId().equals(pcId)).findFirst();
  }
}
