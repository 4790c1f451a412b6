package io.cspsdk.sync.users.internal;

import io.cspsdk.core.model.SubscribedSku;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.core.model.User;
import io.cspsdk.sync.users.AttributeChange;
import io.cspsdk.sync.users.DeletionMode;
import io.cspsdk.sync.users.DirectoryUser;
import io.cspsdk.sync.users.SeatPurchase;
import io.cspsdk.sync.users.SeatShortage;
import io.cspsdk.sync.users.StepKind;
import io.cspsdk.sync.users.SyncPlan;
import io.cspsdk.sync.users.SyncSide;
import io.cspsdk.sync.users.SyncStep;
import io.cspsdk.sync.users.UserLife;
import io.cspsdk.sync.users.UserLink;
import io.cspsdk.sync.users.UserSnapshot;
import io.cspsdk.sync.users.UserSyncSettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Compares one customer's directory users with its Partner Center users and makes the plan: pairs users (stored
 * links first, then UPN), decides per attribute, state and licence which side wins (direction, baseline, conflict
 * policy), checks seats and usage locations, and chains each target's steps with their before and after states.
 */
public final class Planner {
  private final String customerId;
  private final UserSyncSettings settings;
  private final Clock clock;
  private final PartnerCenterSide pc;
  private final List<DirectoryUser> directory;
  private final List<UserLink> links;
  private final List<Draft> drafts = new ArrayList<>();
  private final List<String> notices = new ArrayList<>();
  private final Map<String, UserSnapshot> targets = new HashMap<>();
  private final Decider decider;

  public Planner(String customerId, UserSyncSettings settings, Clock clock, PartnerCenterSide pc,
                 List<DirectoryUser> directory, List<UserLink> links, ChangeTimes times) {
    this.customerId = customerId;
    this.settings = settings;
    this.clock = clock;
    this.pc = pc;
    this.directory = directory;
    this.links = links;
    this.decider = new Decider(settings, times);
  }

  /** One directory user and one Partner Center user (either may be missing) and their link, if any. */
  public record Pair(UserLink link, DirectoryUser directory, User partnerCenter) {
    /** Whether this pair concerns the directory user {@code id} or the principal name {@code upn}. */
    public boolean concerns(String id, String upn) {
      return directory != null && (directory.id().orElse("").equals(id)
          || directory.userPrincipalName().equalsIgnoreCase(upn))
          || link != null && link.directoryUserId().equals(id);
    }
  }

  public SyncPlan plan(Predicate<Pair> scope) {
    for (Pair pair : pairs()) {
      if (scope.test(pair)) {
        planPair(pair);
      }
    }
    checkSeats();
    List<SyncStep> steps = chain();
    int users = Math.max(directory.size(), pc.activeUsers().size() + pc.deletedUsers().size());
    return new SyncPlan(customerId, clock.instant(), settings.direction(), settings.conflictPolicy(),
        settings.deletionMode(), steps, shortages, notices, users, settings.deletionThresholdPercent());
  }

  private List<Pair> pairs() {
    Map<String, DirectoryUser> dirById = new LinkedHashMap<>();
    directory.forEach(d -> dirById.put(d.id().orElseThrow(), d));
    Set<String> usedDir = new HashSet<>();
    Set<String> usedPc = new HashSet<>();
    List<Pair> out = new ArrayList<>();
    for (UserLink l : links) {
      DirectoryUser d = dirById.get(l.directoryUserId());
      User p = pc.user(l.partnerCenterUserId()).orElse(null);
      usedDir.add(l.directoryUserId());
      usedPc.add(l.partnerCenterUserId());
      out.add(new Pair(l, d, p));
    }
    Map<String, User> activeByUpn = byUpn(pc.activeUsers(), usedPc);
    Map<String, User> deletedByUpn = byUpn(pc.deletedUsers(), usedPc);
    for (DirectoryUser d : dirById.values()) {
      if (usedDir.contains(d.id().orElseThrow())) {
        continue;
      }
      String upn = d.userPrincipalName().toLowerCase(Locale.ROOT);
      User p = activeByUpn.remove(upn);
      if (p == null) {
        p = deletedByUpn.remove(upn);
      }
      out.add(new Pair(null, d, p));
    }
    activeByUpn.values().forEach(p -> out.add(new Pair(null, null, p)));
    return out;
  }

  private static Map<String, User> byUpn(List<User> users, Set<String> except) {
    Map<String, User> m = new LinkedHashMap<>();
    for (User u : users) {
      if (!except.contains(u.id())) {
        m.putIfAbsent(u.userPrincipalName().toLowerCase(Locale.ROOT), u);
      }
    }
    return m;
  }

  private void planPair(Pair pair) {
    DirectoryUser d = pair.directory();
    User p = pair.partnerCenter();
    if (d == null && p == null) {
      return;
    }
    String upn = d != null ? d.userPrincipalName() : p.userPrincipalName();
    UserSnapshot ds = d == null ? UserSnapshot.absent(upn) : Snapshots.of(d);
    UserSnapshot ps = p == null ? UserSnapshot.absent(upn) : pc.snapshot(p);
    Optional<String> dirId = d == null ? Optional.empty() : d.id();
    Optional<String> pcId = p == null ? Optional.empty() : Optional.of(p.id());
    String dKey = "D:" + dirId.orElse("new:" + upn.toLowerCase(Locale.ROOT));
    String pKey = "P:" + pcId.orElse("new:" + upn.toLowerCase(Locale.ROOT));
    targets.putIfAbsent(dKey, ds);
    targets.putIfAbsent(pKey, ps);
    Map<String, String> base = pair.link() == null ? Map.of() : pair.link().baseline();
    Ctx c = new Ctx(pair, d, p, ds, ps, upn, dirId, pcId, dKey, pKey, base);

    if (pair.link() == null && d != null && p != null) {
      Draft link = draft(c, StepKind.LINK_USERS, SyncSide.DIRECTORY,
          "first match by user principal name " + upn + " (case-insensitive)");
      link.targetKey = "L:" + dirId.orElseThrow();
      targets.put(link.targetKey, ps);
    }
    String states = "state (directory: " + word(ds.life(), false) + ", Partner Center: " + word(ps.life(), true) + ")";
    Decider.Decision life = pair.link() == null ? unlinkedLife(c)
        : decide(c, Snapshots.LIFE_KEY, states, ds.life().name(), ps.life().name());
    UserLife finalD = ds.life();
    UserLife finalP = ps.life();
    boolean created = false;
    if (life != null) {
      SyncSide target = life.winner().other();
      UserLife desired = life.winner() == SyncSide.DIRECTORY ? ds.life() : ps.life();
      UserLife current = target == SyncSide.DIRECTORY ? ds.life() : ps.life();
      UserLife result = transition(c, target, desired, current, life.reason());
      created = current == UserLife.GONE && result == UserLife.ACTIVE;
      if (target == SyncSide.DIRECTORY) {
        finalD = result;
      } else {
        finalP = result;
      }
    }
    if (finalD == UserLife.ACTIVE && finalP == UserLife.ACTIVE) {
      if (!created) {
        planAttributes(c);
      }
      planLicences(c, created ? Optional.of(life.winner()) : Optional.empty());
    }
  }

  private static String word(UserLife life, boolean partnerCenter) {
    return switch (life) {
      case ACTIVE -> "active";
      case SUSPENDED -> partnerCenter ? "soft-deleted" : "disabled";
      case GONE -> partnerCenter ? "purged" : "deleted";
    };
  }

  /** A pair without a link: the active side is created or restored on the other, never deleted. */
  private Decider.Decision unlinkedLife(Ctx c) {
    boolean dActive = c.ds.life() == UserLife.ACTIVE;
    boolean pActive = c.ps.life() == UserLife.ACTIVE;
    if (dActive == pActive) {
      return null;
    }
    SyncSide from = dActive ? SyncSide.DIRECTORY : SyncSide.PARTNER_CENTER;
    boolean allowed = from == SyncSide.DIRECTORY ? settings.direction().toPartnerCenter()
        : settings.direction().toDirectory();
    String where = from == SyncSide.DIRECTORY ? "the directory" : "Partner Center";
    if (!allowed) {
      notices.add(c.upn + " exists only in " + where + "; not synced (direction " + settings.direction() + ")");
      return null;
    }
    UserLife other = from == SyncSide.DIRECTORY ? c.ps.life() : c.ds.life();
    String reason = other == UserLife.GONE ? "new in " + where
        : from == SyncSide.DIRECTORY ? "active in the directory; deleted in Partner Center "
        + c.p.softDeletionTime().map(t -> "at " + t.toInstant()).orElse("") + " and still restorable"
        : "active in Partner Center; disabled in the directory";
    return new Decider.Decision(from, reason);
  }

  /** Plans the steps that bring {@code target} from {@code current} to {@code desired}; returns its resulting state. */
  private UserLife transition(Ctx c, SyncSide target, UserLife desired, UserLife current, String reason) {
    boolean toPc = target == SyncSide.PARTNER_CENTER;
    if (desired == UserLife.ACTIVE) {
      if (current == UserLife.SUSPENDED) {
        draft(c, StepKind.RESTORE_USER, target, reason + (toPc ? "; restore the soft-deleted user" : "; enable"))
            .effect = s -> s.withLife(UserLife.ACTIVE);
        return UserLife.ACTIVE;
      }
      Draft create = draft(c, StepKind.CREATE_USER, target, reason);
      UserSnapshot source = toPc ? c.ds : c.ps;
      Optional<String> location = source.usageLocation().or(settings::defaultUsageLocation);
      UserSnapshot made = new UserSnapshot(source.userPrincipalName(), source.firstName(), source.lastName(),
          source.displayName().or(() -> Optional.of(source.userPrincipalName())), location, UserLife.ACTIVE,
          new TreeSet<>());
      create.effect = s -> made;
      for (String a : UserSnapshot.ATTRIBUTES) {
        made.attribute(a).ifPresent(v -> create.changes.add(new AttributeChange(a, Optional.empty(), Optional.of(v))));
      }
      if (toPc && location.isEmpty()) {
        create.blockedBy = "usage location missing: Partner Center needs one to create the user; set it on the "
            + "directory user or configure a default usage location";
      } else if (toPc && source.usageLocation().isEmpty()) {
        create.reason += "; usage location " + location.get() + " from the configured default";
      }
      return UserLife.ACTIVE;
    }
    if (current == UserLife.ACTIVE) {
      if (settings.deletionMode() == DeletionMode.FLAG) {
        notices.add("flagged: " + c.upn + " — " + reason + "; the " + (toPc ? "Partner Center" : "directory")
            + " user is kept (deletions are flagged only)");
        return current;
      }
      if (toPc) {
        draft(c, StepKind.DELETE_USER, target, reason + "; soft-delete, restorable for 30 days")
            .effect = s -> s.withLife(UserLife.SUSPENDED).withLicences(List.of());
      } else {
        draft(c, StepKind.DISABLE_USER, target, reason + "; disable first, delete once Partner Center purges it")
            .effect = s -> s.withLife(UserLife.SUSPENDED);
      }
      return UserLife.SUSPENDED;
    }
    if (current == UserLife.SUSPENDED && desired == UserLife.GONE && !toPc
        && settings.deletionMode() == DeletionMode.PROPAGATE) {
      draft(c, StepKind.DELETE_USER, target, reason + "; the disabled directory user is deleted")
          .effect = s -> s.withLife(UserLife.GONE);
      return UserLife.GONE;
    }
    return current;
  }

  private void planAttributes(Ctx c) {
    List<AttributeChange> toDir = new ArrayList<>();
    List<AttributeChange> toPc = new ArrayList<>();
    List<String> whyDir = new ArrayList<>();
    List<String> whyPc = new ArrayList<>();
    for (String a : UserSnapshot.ATTRIBUTES) {
      String dv = Snapshots.norm(a, c.ds.attribute(a));
      String pv = Snapshots.norm(a, c.ps.attribute(a));
      Decider.Decision w = decide(c, Snapshots.attributeKey(a), a, dv, pv);
      if (w == null) {
        continue;
      }
      Optional<String> to = (w.winner() == SyncSide.DIRECTORY ? c.ds : c.ps).attribute(a);
      if (to.isEmpty()) {
        continue;
      }
      if (w.winner() == SyncSide.DIRECTORY) {
        toPc.add(new AttributeChange(a, c.ps.attribute(a), to));
        whyPc.add(w.reason());
      } else {
        toDir.add(new AttributeChange(a, c.ds.attribute(a), to));
        whyDir.add(w.reason());
      }
    }
    if (!toDir.isEmpty()) {
      update(c, SyncSide.DIRECTORY, toDir, String.join("; ", whyDir));
    }
    if (!toPc.isEmpty()) {
      update(c, SyncSide.PARTNER_CENTER, toPc, String.join("; ", whyPc));
    }
  }

  private Draft update(Ctx c, SyncSide side, List<AttributeChange> changes, String reason) {
    Draft u = draft(c, StepKind.UPDATE_USER, side, reason);
    u.changes.addAll(changes);
    u.effect = s -> {
      UserSnapshot out = s;
      for (AttributeChange ch : u.changes) {
        out = out.withAttribute(ch.attribute(), ch.to());
      }
      return out;
    };
    return u;
  }

  private void planLicences(Ctx c, Optional<SyncSide> creator) {
    Set<String> groupOwned = new HashSet<>();
    if (c.d != null) {
      c.d.groupLicences().forEach(s -> groupOwned.add(Snapshots.sku(s)));
    }
    TreeSet<String> all = new TreeSet<>();
    all.addAll(c.ds.licences());
    all.addAll(c.ps.licences());
    c.base.keySet().stream().filter(k -> k.startsWith("sku:")).forEach(k -> all.add(k.substring(4)));
    all.removeAll(groupOwned);
    Map<String, TreeSet<String>> pcAssign = new TreeMap<>();
    Map<String, TreeSet<String>> pcRemove = new TreeMap<>();
    TreeSet<String> dirAssign = new TreeSet<>();
    TreeSet<String> dirRemove = new TreeSet<>();
    List<String> why = new ArrayList<>();
    for (String sku : all) {
      boolean dv = c.ds.licences().contains(sku);
      boolean pv = c.ps.licences().contains(sku);
      Decider.Decision w;
      if (creator.isPresent()) {
        boolean has = creator.get() == SyncSide.DIRECTORY ? dv : pv;
        w = has ? new Decider.Decision(creator.get(), "assigned to the user it is created from") : null;
      } else {
        w = decide(c, Snapshots.skuKey(sku), "licence " + skuName(sku), dv ? "1" : "0", pv ? "1" : "0");
      }
      if (w == null) {
        continue;
      }
      boolean assign = w.winner() == SyncSide.DIRECTORY ? dv : pv;
      if (w.winner() == SyncSide.DIRECTORY) {
        (assign ? pcAssign : pcRemove).computeIfAbsent(group(sku), g -> new TreeSet<>()).add(sku);
      } else {
        (assign ? dirAssign : dirRemove).add(sku);
      }
      why.add(w.reason());
    }
    String reason = String.join("; ", why);
    if (!dirAssign.isEmpty()) {
      licenceStep(c, StepKind.ASSIGN_LICENCES, SyncSide.DIRECTORY, dirAssign, null, reason);
    }
    if (!dirRemove.isEmpty()) {
      licenceStep(c, StepKind.REMOVE_LICENCES, SyncSide.DIRECTORY, dirRemove, null, reason);
    }
    if (!pcAssign.isEmpty()) {
      String location = usageLocationFor(c);
      pcAssign.forEach((g, skus) -> {
        Draft s = licenceStep(c, StepKind.ASSIGN_LICENCES, SyncSide.PARTNER_CENTER, skus, g, reason);
        skus.stream().filter(k -> sku(k).isEmpty()).findFirst().ifPresent(k ->
            s.blockedBy = "the customer has no subscribed SKU " + k);
        if (location == null && s.blockedBy == null) {
          s.blockedBy = "usage location missing: Partner Center assigns licences only to users with a usage "
              + "location; set it on the directory user or configure a default usage location";
        }
      });
    }
    pcRemove.forEach((g, skus) -> licenceStep(c, StepKind.REMOVE_LICENCES, SyncSide.PARTNER_CENTER, skus, g,
        reason));
  }

  /** The Partner Center user's usage location after the plan, adding one to the plan when it has none. */
  private String usageLocationFor(Ctx c) {
    String pKey = c.pKey;
    Optional<String> planned = drafts.stream().filter(d -> d.targetKey.equals(pKey))
        .flatMap(d -> d.changes.stream()).filter(ch -> ch.attribute().equals("usageLocation"))
        .map(AttributeChange::to).flatMap(Optional::stream).reduce((a, b) -> b);
    if (planned.isPresent() || c.ps.usageLocation().isPresent()) {
      return planned.orElseGet(() -> c.ps.usageLocation().get());
    }
    Optional<String> location = c.ds.usageLocation().or(settings::defaultUsageLocation);
    if (location.isEmpty()) {
      return null;
    }
    String why = "licence assignment needs a usage location; " + (c.ds.usageLocation().isPresent()
        ? "the directory's" : "the configured default");
    Draft existing = drafts.stream().filter(d -> d.targetKey.equals(pKey) && d.kind == StepKind.UPDATE_USER)
        .findFirst().orElse(null);
    AttributeChange ch = new AttributeChange("usageLocation", Optional.empty(), location);
    if (existing != null) {
      existing.changes.add(ch);
      existing.reason += "; " + why;
    } else {
      update(c, SyncSide.PARTNER_CENTER, List.of(ch), why);
    }
    return location.get();
  }

  private Draft licenceStep(Ctx c, StepKind kind, SyncSide side, Set<String> skus, String group, String reason) {
    Draft s = draft(c, kind, side, reason);
    s.licences.addAll(skus);
    s.group = group;
    s.key += group == null ? "" : ":" + group;
    s.effect = snap -> {
      TreeSet<String> l = new TreeSet<>(snap.licences());
      if (kind == StepKind.ASSIGN_LICENCES) {
        l.addAll(skus);
      } else {
        l.removeAll(skus);
      }
      return snap.withLicences(l);
    };
    return s;
  }

  private final List<SeatShortage> shortages = new ArrayList<>();

  /** Seats needed per SKU by the plan's Partner Center assignments against the SKU's available units. */
  private void checkSeats() {
    Map<String, List<Draft>> bySku = new TreeMap<>();
    for (Draft d : drafts) {
      if (d.kind == StepKind.ASSIGN_LICENCES && d.side == SyncSide.PARTNER_CENTER && d.blockedBy == null) {
        d.licences.forEach(s -> bySku.computeIfAbsent(s, k -> new ArrayList<>()).add(d));
      }
    }
    List<Subscription> subscriptions = null;
    for (Map.Entry<String, List<Draft>> e : bySku.entrySet()) {
      SubscribedSku sku = sku(e.getKey()).orElseThrow();
      int needed = e.getValue().size();
      int available = sku.availableUnits().orElse(0);
      if (needed <= available) {
        continue;
      }
      SeatShortage shortage = new SeatShortage(e.getKey(), skuName(e.getKey()), needed, available,
          needed - available);
      shortages.add(shortage);
      int missing = shortage.missing();
      if (settings.seatPurchaser().isPresent()) {
        if (subscriptions == null) {
          subscriptions = pc.subscriptions();
        }
        Optional<SeatPurchase> buy = settings.seatPurchaser().get().purchase(customerId, shortage, subscriptions);
        if (buy.isPresent() && buy.get().seats() > 0) {
          missing = buy(buy.get(), shortage, subscriptions, missing);
        }
      }
      List<Draft> steps = e.getValue();
      for (int i = steps.size() - missing; i < steps.size(); i++) {
        steps.get(i).blockedBy = "not enough seats of " + shortage.skuName() + " (" + shortage.skuId() + "): "
            + needed + " needed, " + available + " available, " + shortage.missing() + " missing";
      }
    }
  }

  private int buy(SeatPurchase buy, SeatShortage shortage, List<Subscription> subscriptions, int missing) {
    Subscription s = subscriptions.stream().filter(x -> x.id().equals(buy.subscriptionId())).findFirst()
        .orElse(null);
    if (s == null) {
      notices.add("the seat purchaser chose subscription " + buy.subscriptionId()
          + ", which the customer does not have");
      return missing;
    }
    Draft d = new Draft();
    d.kind = StepKind.BUY_SEATS;
    d.side = SyncSide.PARTNER_CENTER;
    d.upn = "";
    d.subscriptionId = s.id();
    d.key = "BUY_SEATS:" + s.id() + ":" + shortage.skuId();
    d.targetKey = "S:" + s.id();
    d.licences.add(shortage.skuId());
    d.changes.add(new AttributeChange("quantity", Optional.of(Integer.toString(s.quantity())),
        Optional.of(Integer.toString(s.quantity() + buy.seats()))));
    d.reason = shortage.needed() + " seats of " + shortage.skuName() + " needed, " + shortage.available()
        + " available: buy " + buy.seats() + " (seat purchaser)";
    drafts.add(d);
    return Math.max(0, missing - buy.seats());
  }

  private Optional<SubscribedSku> sku(String id) {
    return pc.skus().stream().filter(s -> s.productSku().flatMap(p -> p.id()).map(Snapshots::sku)
        .filter(id::equals).isPresent()).findFirst();
  }

  private String skuName(String id) {
    return sku(id).flatMap(s -> s.productSku()).flatMap(p -> p.skuPartNumber().or(p::name)).orElse(id);
  }

  private String group(String sku) {
    return sku(sku).flatMap(s -> s.productSku()).flatMap(p -> p.licenseGroupId()).orElse("Group1");
  }

  private Decider.Decision decide(Ctx c, String key, String what, String dv, String pv) {
    return decider.decide(c.base, c.d, c.pcId, key, what, dv, pv);
  }

  private Draft draft(Ctx c, StepKind kind, SyncSide side, String reason) {
    Draft d = new Draft();
    d.kind = kind;
    d.side = side;
    d.upn = c.upn;
    d.dirId = c.dirId;
    d.pcId = c.pcId;
    d.reason = reason;
    d.targetKey = side == SyncSide.DIRECTORY ? c.dKey : c.pKey;
    d.key = kind + ":" + side + ":" + c.dirId.or(() -> c.pcId).orElse(c.upn.toLowerCase(Locale.ROOT));
    drafts.add(d);
    return d;
  }

  /** Orders the steps and chains each target's states: a step is planned against what the previous one leaves. */
  private List<SyncStep> chain() {
    drafts.sort(Comparator.comparing((Draft d) -> d.kind).thenComparing(d -> d.upn.toLowerCase(Locale.ROOT))
        .thenComparing(d -> d.side));
    Map<String, UserSnapshot> state = new HashMap<>(targets);
    Map<String, String> previous = new HashMap<>();
    List<SyncStep> out = new ArrayList<>();
    for (Draft d : drafts) {
      Optional<UserSnapshot> before = Optional.ofNullable(state.get(d.targetKey));
      Optional<UserSnapshot> after = before.map(d.effect);
      after.ifPresent(a -> state.put(d.targetKey, a));
      String dependsOn = previous.get(d.targetKey);
      previous.put(d.targetKey, d.key);
      out.add(new SyncStep(d.key, d.kind, d.side, d.upn, d.dirId, d.pcId, d.changes, d.licences,
          Optional.ofNullable(d.group), Optional.ofNullable(d.subscriptionId), d.reason, before, after,
          Optional.ofNullable(d.blockedBy), Optional.ofNullable(dependsOn)));
    }
    return out;
  }

  private record Ctx(Pair pair, DirectoryUser d, User p, UserSnapshot ds, UserSnapshot ps, String upn,
                     Optional<String> dirId, Optional<String> pcId, String dKey, String pKey,
                     Map<String, String> base) {}

  /** A step while the plan is being made. */
  private static final class Draft {
    StepKind kind;
    SyncSide side;
    String key;
    String targetKey;
    String upn;
    Optional<String> dirId = Optional.empty();
    Optional<String> pcId = Optional.empty();
    final List<AttributeChange> changes = new ArrayList<>();
    final List<String> licences = new ArrayList<>();
    String group;
    String subscriptionId;
    String reason;
    String blockedBy;
    UnaryOperator<UserSnapshot> effect = s -> s;
  }
}
