package io.cspsdk.samples.month;

import io.cspsdk.core.PartnerCenterClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import javax.sql.DataSource;

/**
 * What the steps of the month share: where they print, the Partner Center and database they use, and the
 * customers and subscriptions the story follows from one step to the next.
 */
final class Story {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

  final Console console;
  final SampleEnvironment env;
  final DataSource db;
  final LongSupplier nanoTime;
  final Path outputDir;
  final Cast cast = new Cast();
  private LocalDate lastDayShown;
  /** Quotes with the reseller's prices (step 3), when the price sheet could be read. */
  io.cspsdk.billing.quote.Quoter quoter;

  Story(Console console, SampleEnvironment env, DataSource db, LongSupplier nanoTime, Path outputDir) {
    this.console = console;
    this.env = env;
    this.db = db;
    this.nanoTime = nanoTime;
    this.outputDir = outputDir;
  }

  PartnerCenterClient pc() {
    return env.client();
  }

  Clock clock() {
    return env.clock();
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock().instant(), ZoneOffset.UTC);
  }

  ProgressBar progress(String label, String unit) {
    return new ProgressBar(console, label, unit, nanoTime);
  }

  /** On the fake: moves the clock to {@code day} at {@code hour}:00 UTC and says so. Elsewhere: nothing. */
  void onDay(LocalDate day, int hour) {
    if (env.isFake()) {
      env.advanceTo(day.atTime(hour, 0).toInstant(ZoneOffset.UTC));
    }
    if (!today().equals(lastDayShown)) {
      lastDayShown = today();
      console.step(DAY.format(today()));
    }
  }

  /** Whether a write step may run; when not, says that it is skipped and why. */
  boolean mayWrite(String what) {
    if (env.writesAllowed()) {
      return true;
    }
    console.item("skipped (read-only): " + what);
    return false;
  }

  /** A subscription a step changes, with its customer and the customer's name for the output. */
  record Target(String customerId, String subscriptionId, String name) {}

  /** The customers and subscriptions the story follows; empty where a step did not run. */
  static final class Cast {
    String contosoId;
    String newTenantId;
    String newTenantName;
    String purchasedSubscriptionId;
    String selfServiceSubscriptionId;
    String seatsCustomerId;
    String seatsSubscriptionId;
    String cancelCustomerId;
    String cancelSubscriptionId;
    String suspendCustomerId;
    String suspendSubscriptionId;

    static Optional<String> of(String value) {
      return Optional.ofNullable(value);
    }
  }
}
