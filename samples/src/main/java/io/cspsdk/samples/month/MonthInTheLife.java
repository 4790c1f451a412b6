package io.cspsdk.samples.month;

import io.cspsdk.core.error.PartnerCenterException;
import io.cspsdk.core.error.ValidationException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The main sample: a month in the life of a reseller. Against the embedded fake Partner Center (no credentials
 * needed) and an embedded H2 database it seeds a partner with two months of history, mirrors it with discovery
 * (stopped half way and resumed), makes a month's changes, crosses the billing day and writes the customer billing
 * report as CSV and HTML. With {@code CSPSDK_TENANT_ID}, {@code CSPSDK_CLIENT_ID} and {@code CSPSDK_CLIENT_SECRET}
 * set it runs against the real Partner Center, read-only unless {@code CSPSDK_ALLOW_WRITES=true} or
 * {@code --allow-writes} (see {@link SampleSettings}).
 */
public final class MonthInTheLife {
  private static final int YEAR = 2026;

  private final Story story;

  private MonthInTheLife(Story story) {
    this.story = story;
  }

  /**
   * Runs the story.
   *
   * @param args {@code --allow-writes}, {@code --output <dir>}
   */
  public static void main(String[] args) {
    SampleSettings settings;
    try {
      settings = SampleSettings.from(System.getenv(), List.of(args),
          Path.of(System.getProperty("cspsdk.sample.output", "month-in-the-life")));
    } catch (ValidationException e) {
      System.err.println("month-in-the-life: " + e.getMessage());
      System.exit(2);
      return;
    }
    try (SampleEnvironment env = SampleEnvironment.open(settings)) {
      run(env, Console.system(), System::nanoTime);
    } catch (PartnerCenterException e) {
      System.err.println("month-in-the-life stopped: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      System.exit(1);
    }
  }

  /** Runs the whole story in {@code env}, printing to {@code console}; answers what it wrote, if anything. */
  static Optional<CustomerBillingReport.Written> run(SampleEnvironment env, Console console, LongSupplier nanoTime) {
    JdbcDataSource db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:month-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    try {
      Story story = new Story(console, env, db, nanoTime, env.settings().outputDir());
      return new MonthInTheLife(story).tell();
    } finally {
      shutdown(db);
    }
  }

  private Optional<CustomerBillingReport.Written> tell() {
    Console c = story.console;
    c.raw("csp-sdk: a month in the life of a reseller");
    c.say("Running against " + story.env.settings().describe() + ", with an embedded H2 database.");

    new PartnerSetup(story).run();

    MirrorDiscovery discovery = new MirrorDiscovery(story);
    discovery.fullImport();
    new MirrorQueries(story).printWhatLanded();

    changes();

    Optional<BillingDay.NewInvoice> invoice = new BillingDay(story).run(discovery, LocalDate.of(YEAR, 4, 1));
    Optional<CustomerBillingReport.Written> written = invoice.map(i -> new CustomerBillingReport(story).run(i));
    c.blank();
    c.say("The end of the month. Discovery ran " + discovery.history().size() + " times; every call went over "
        + "HTTP to " + (story.env.isFake() ? "the fake at " + story.env.fake().orElseThrow().endpoint()
        : "Partner Center") + ".");
    return written;
  }

  /** Step 3: the changes of one month, day by day. */
  private void changes() {
    story.console.section("3. The month's changes");
    story.cast.contosoId = CastLookup.customerId(story, "Contoso").orElse(null);
    if (!story.env.writesAllowed()) {
      story.console.say("Read-only: the steps that would change Partner Center are skipped and say so; the "
          + "reads among them (domain check, price sheet, quote) still run.");
    }
    story.onDay(LocalDate.of(YEAR, 3, 2), 10);
    new NewTenant(story).run();
    new QuoteAndPurchase(story).run();
    story.onDay(LocalDate.of(YEAR, 3, 3), 10);
    new SelfServiceOrder(story).run();
    story.onDay(LocalDate.of(YEAR, 3, 4), 10);
    new SeatChanges(story).run(LocalDate.of(YEAR, 3, 4), LocalDate.of(YEAR, 3, 5));
    CancelAndSuspend cs = new CancelAndSuspend(story);
    cs.cancel();
    story.onDay(LocalDate.of(YEAR, 3, 6), 10);
    cs.suspend();
    UserSyncSteps users = new UserSyncSteps(story);
    story.onDay(LocalDate.of(YEAR, 3, 9), 10);
    users.directoryToPartnerCenter();
    story.onDay(LocalDate.of(YEAR, 3, 10), 10);
    users.partnerCenterToDirectory();
  }

  private static void shutdown(JdbcDataSource db) {
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    } catch (SQLException e) {
      // the database lives in memory only; nothing is lost when it cannot be shut down cleanly
    }
  }
}
