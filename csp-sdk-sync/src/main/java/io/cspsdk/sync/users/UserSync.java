package io.cspsdk.sync.users;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.sync.users.internal.Applier;
import io.cspsdk.sync.users.internal.ChangeTimes;
import io.cspsdk.sync.users.internal.PartnerCenterSide;
import io.cspsdk.sync.users.internal.Planner;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Two-way user and licence sync between a {@link UserDirectory} and Partner Center, the Terraform way:
 * {@link #plan(String)} compares both sides and says what it would change and why; {@link #apply(SyncPlan)} does
 * exactly that and refuses steps whose target changed since. Thread-safe; one instance serves many customers.
 *
 * <pre>{@code
 * UserSync sync = UserSync.builder(pc, directory).passwordDelivery(mailer::send).build();
 * SyncPlan plan = sync.plan(customerId);      // dry run: print plan.toText() or render plan.toJson()
 * ApplyResult result = sync.apply(plan);
 * }</pre>
 */
public final class UserSync {
  private final PartnerCenterClient pc;
  private final UserDirectory directory;
  private final UserLinkStore links;
  private final UserSyncSettings settings;
  private final PasswordDelivery delivery;
  private final Clock clock;
  private final List<UserSyncListener> listeners;
  private final UserSyncStats stats = new UserSyncStats();

  private UserSync(Builder b) {
    pc = b.pc;
    directory = b.directory;
    links = b.links;
    settings = b.settings;
    delivery = b.delivery;
    clock = b.clock;
    listeners = List.copyOf(b.listeners);
  }

  public static Builder builder(PartnerCenterClient pc, UserDirectory directory) {
    return new Builder(pc, directory);
  }

  /** What a sync of the customer would do now (also the dry run). */
  public SyncPlan plan(String customerId) {
    return plan(customerId, settings, p -> true);
  }

  /** Applies exactly the plan's steps; refuses a plan above the deletion threshold. */
  public ApplyResult apply(SyncPlan plan) {
    return apply(plan, ApplyOptions.none());
  }

  public ApplyResult apply(SyncPlan plan, ApplyOptions options) {
    return apply(plan, options, delivery);
  }

  /**
   * The one-shot import: creates the customer's Partner Center users that the directory lacks (with their
   * licences) and links those it has; each new directory user's password goes to {@code delivery}.
   */
  public ApplyResult importFromPartnerCenter(String customerId, PasswordDelivery delivery) {
    return oneShot(customerId, SyncDirection.PARTNER_CENTER_TO_DIRECTORY, SyncSide.DIRECTORY, delivery);
  }

  /**
   * The one-shot export: creates the directory's users that Partner Center lacks (with their licences, buying
   * seats through the configured hook) and links those it has; each new Partner Center user's password goes to
   * {@code delivery}.
   */
  public ApplyResult exportToPartnerCenter(String customerId, PasswordDelivery delivery) {
    return oneShot(customerId, SyncDirection.DIRECTORY_TO_PARTNER_CENTER, SyncSide.PARTNER_CENTER, delivery);
  }

  /**
   * The push path: the directory reports that one user changed (created, edited, disabled or deleted; the user's
   * id and principal name identify it), and only that user is planned and applied, at once.
   */
  public ApplyResult directoryChanged(String customerId, DirectoryUser user) {
    String id = user.id().orElseThrow(() -> new io.cspsdk.core.error.ValidationException("user.id",
        "the changed directory user must carry its id"));
    SyncPlan plan = plan(customerId, settings, p -> p.concerns(id, user.userPrincipalName()));
    return apply(plan, ApplyOptions.none(), delivery);
  }

  /** Tells the listeners that a continuous-mode round of the customer failed as a whole. */
  void failed(String customerId, RuntimeException error) {
    listeners.forEach(l -> l.syncFailed(customerId, error));
  }

  public UserSyncStats stats() {
    return stats;
  }

  public UserSyncSettings settings() {
    return settings;
  }

  private ApplyResult oneShot(String customerId, SyncDirection direction, SyncSide created,
                              PasswordDelivery delivery) {
    UserSyncSettings s = settings.toBuilder().direction(direction).deletionMode(DeletionMode.FLAG).build();
    SyncPlan full = plan(customerId, s, p -> p.link() == null);
    Set<String> creations = new java.util.HashSet<>();
    List<SyncStep> kept = new ArrayList<>();
    for (SyncStep step : full.steps()) {
      boolean keep = step.kind() == StepKind.LINK_USERS || step.kind() == StepKind.BUY_SEATS
          || step.side() == created && (step.kind() == StepKind.CREATE_USER
          || step.dependsOn().filter(creations::contains).isPresent());
      if (keep) {
        creations.add(step.key());
        kept.add(step);
      }
    }
    SyncPlan plan = new SyncPlan(customerId, full.plannedAt(), direction, full.conflictPolicy(),
        DeletionMode.FLAG, kept, full.shortages(), List.of(), full.usersOnCustomer(),
        full.deletionThresholdPercent());
    return apply(plan, ApplyOptions.none(), delivery);
  }

  private SyncPlan plan(String customerId, UserSyncSettings s, Predicate<Planner.Pair> scope) {
    Objects.requireNonNull(customerId, "customerId");
    PartnerCenterSide side = new PartnerCenterSide(pc, customerId);
    Planner planner = new Planner(customerId, s, clock, side, directory.list(customerId), links.links(customerId),
        new ChangeTimes(pc, customerId, clock, s.changeTimeWindow()));
    SyncPlan plan = planner.plan(scope);
    stats.planned();
    listeners.forEach(l -> l.planned(plan));
    return plan;
  }

  private ApplyResult apply(SyncPlan plan, ApplyOptions options, PasswordDelivery delivery) {
    if (plan.deletionAllowanceRequired() && !options.allowDeletions()) {
      throw new DeletionThresholdException("the plan for customer " + plan.customerId() + " disables or deletes "
          + plan.deletions() + " of " + plan.usersOnCustomer() + " users, more than the "
          + plan.deletionThresholdPercent() + " % threshold; apply it with ApplyOptions.allowingDeletions()");
    }
    Applier applier = new Applier(pc, directory, links, settings, delivery, clock, plan.customerId());
    ApplyResult result = applier.apply(plan, o -> {
      stats.outcome(o);
      listeners.forEach(l -> l.stepApplied(plan.customerId(), o));
    });
    listeners.forEach(l -> l.applied(result));
    return result;
  }

  /** Builder of {@link UserSync}; a password delivery hook is required (new users' passwords go nowhere else). */
  public static final class Builder {
    private final PartnerCenterClient pc;
    private final UserDirectory directory;
    private UserLinkStore links = new InMemoryUserLinkStore();
    private UserSyncSettings settings = UserSyncSettings.defaults();
    private PasswordDelivery delivery;
    private Clock clock = Clock.systemUTC();
    private final List<UserSyncListener> listeners = new ArrayList<>();

    private Builder(PartnerCenterClient pc, UserDirectory directory) {
      this.pc = Objects.requireNonNull(pc, "pc");
      this.directory = Objects.requireNonNull(directory, "directory");
    }

    public Builder links(UserLinkStore links) {
      this.links = Objects.requireNonNull(links, "links");
      return this;
    }

    public Builder settings(UserSyncSettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    public Builder passwordDelivery(PasswordDelivery delivery) {
      this.delivery = Objects.requireNonNull(delivery, "delivery");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public Builder listener(UserSyncListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    public UserSync build() {
      if (delivery == null) {
        throw new io.cspsdk.core.error.ValidationException("passwordDelivery",
            "is required: new users' passwords are handed only to it");
      }
      return new UserSync(this);
    }
  }
}
