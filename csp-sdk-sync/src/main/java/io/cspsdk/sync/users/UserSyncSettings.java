package io.cspsdk.sync.users;

import io.cspsdk.core.error.ValidationException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How one deployment syncs users: direction, conflict policy, deletions, licences and passwords. Defaults: both ways,
 * Partner Center wins, deletions propagated, threshold 20 %, the product document's password policy, passwords
 * generated, no default usage location, no seat purchases.
 */
public final class UserSyncSettings {
  private final SyncDirection direction;
  private final ConflictPolicy conflictPolicy;
  private final DeletionMode deletionMode;
  private final int deletionThresholdPercent;
  private final Optional<String> defaultUsageLocation;
  private final PasswordPolicy passwordPolicy;
  private final PasswordSource passwordSource;
  private final Optional<SeatPurchaser> seatPurchaser;
  private final Duration changeTimeWindow;

  private UserSyncSettings(Builder b) {
    direction = b.direction;
    conflictPolicy = b.conflictPolicy;
    deletionMode = b.deletionMode;
    deletionThresholdPercent = b.deletionThresholdPercent;
    defaultUsageLocation = b.defaultUsageLocation;
    passwordPolicy = b.passwordPolicy;
    passwordSource = b.passwordSource;
    seatPurchaser = b.seatPurchaser;
    changeTimeWindow = b.changeTimeWindow;
  }

  public static UserSyncSettings defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.direction = direction;
    b.conflictPolicy = conflictPolicy;
    b.deletionMode = deletionMode;
    b.deletionThresholdPercent = deletionThresholdPercent;
    b.defaultUsageLocation = defaultUsageLocation;
    b.passwordPolicy = passwordPolicy;
    b.passwordSource = passwordSource;
    b.seatPurchaser = seatPurchaser;
    b.changeTimeWindow = changeTimeWindow;
    return b;
  }

  public SyncDirection direction() {
    return direction;
  }

  public ConflictPolicy conflictPolicy() {
    return conflictPolicy;
  }

  public DeletionMode deletionMode() {
    return deletionMode;
  }

  public int deletionThresholdPercent() {
    return deletionThresholdPercent;
  }

  /** The usage location a plan sets on users that need one for a licence and have none. */
  public Optional<String> defaultUsageLocation() {
    return defaultUsageLocation;
  }

  public PasswordPolicy passwordPolicy() {
    return passwordPolicy;
  }

  public PasswordSource passwordSource() {
    return passwordSource;
  }

  public Optional<SeatPurchaser> seatPurchaser() {
    return seatPurchaser;
  }

  /** How far back the newest-change-wins policy reads Partner Center's audit records (at most 89 days). */
  public Duration changeTimeWindow() {
    return changeTimeWindow;
  }

  /** Builder of {@link UserSyncSettings}; refuses bad values with a {@link ValidationException}. */
  public static final class Builder {
    private SyncDirection direction = SyncDirection.BOTH_WAYS;
    private ConflictPolicy conflictPolicy = ConflictPolicy.PARTNER_CENTER_WINS;
    private DeletionMode deletionMode = DeletionMode.PROPAGATE;
    private int deletionThresholdPercent = 20;
    private Optional<String> defaultUsageLocation = Optional.empty();
    private PasswordPolicy passwordPolicy = PasswordPolicies.productDefault();
    private PasswordSource passwordSource = PasswordSource.generated();
    private Optional<SeatPurchaser> seatPurchaser = Optional.empty();
    private Duration changeTimeWindow = Duration.ofDays(30);

    private Builder() {}

    public Builder direction(SyncDirection direction) {
      this.direction = Objects.requireNonNull(direction, "direction");
      return this;
    }

    public Builder conflictPolicy(ConflictPolicy conflictPolicy) {
      this.conflictPolicy = Objects.requireNonNull(conflictPolicy, "conflictPolicy");
      return this;
    }

    public Builder deletionMode(DeletionMode deletionMode) {
      this.deletionMode = Objects.requireNonNull(deletionMode, "deletionMode");
      return this;
    }

    /** The share (0–100 %) of a customer's users one plan may disable or delete without an explicit allowance. */
    public Builder deletionThresholdPercent(int percent) {
      if (percent < 0 || percent > 100) {
        throw new ValidationException("deletionThresholdPercent", "must be between 0 and 100, was " + percent);
      }
      this.deletionThresholdPercent = percent;
      return this;
    }

    public Builder defaultUsageLocation(String countryCode) {
      if (countryCode == null || !countryCode.matches("[A-Za-z]{2}")) {
        throw new ValidationException("defaultUsageLocation", "must be a two-letter country code");
      }
      this.defaultUsageLocation = Optional.of(countryCode.toUpperCase(Locale.ROOT));
      return this;
    }

    public Builder passwordPolicy(PasswordPolicy passwordPolicy) {
      this.passwordPolicy = Objects.requireNonNull(passwordPolicy, "passwordPolicy");
      return this;
    }

    public Builder passwordSource(PasswordSource passwordSource) {
      this.passwordSource = Objects.requireNonNull(passwordSource, "passwordSource");
      return this;
    }

    public Builder seatPurchaser(SeatPurchaser seatPurchaser) {
      this.seatPurchaser = Optional.of(seatPurchaser);
      return this;
    }

    public Builder changeTimeWindow(Duration window) {
      if (window == null || window.isNegative() || window.compareTo(Duration.ofDays(89)) > 0) {
        throw new ValidationException("changeTimeWindow", "must be between 0 and 89 days");
      }
      this.changeTimeWindow = window;
      return this;
    }

    public UserSyncSettings build() {
      return new UserSyncSettings(this);
    }
  }
}
