package io.cspsdk.sync.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.sync.discovery.Discovery;
import io.cspsdk.sync.discovery.JdbcMirrorSink;
import io.cspsdk.sync.job.RunState;
import io.cspsdk.sync.store.InMemoryJobStore;
import io.cspsdk.sync.testing.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** User sync against the discovery mirror's tables, on H2 and (profile postgres) PostgreSQL. */
class JdbcUserSyncTest extends UserSyncFixture {
  static Stream<String> databases() {
    return TestDatabases.names().stream();
  }

  private static DataSource schema(TestDatabases.TestDatabase db) {
    JdbcMirrorSink.SCHEMA.apply(db.dataSource());
    JdbcUserDirectory.SCHEMA.apply(db.dataSource());
    return db.dataSource();
  }

  private void discover(DataSource ds) {
    assertThat(Discovery.builder().client(pc).partnerId("p").store(new InMemoryJobStore())
        .sink(new JdbcMirrorSink(ds, clock)).clock(clock).build().run().state()).isEqualTo(RunState.COMPLETED);
  }

  private UserSync jdbcSync(DataSource ds) {
    return UserSync.builder(pc, new JdbcUserDirectory(ds, clock)).links(new JdbcUserLinkStore(ds)).clock(clock)
        .passwordDelivery((c, upn, side, p) -> deliveries.add(side + ":" + upn)).build();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void sync_overTheDiscoveryMirror_linksEditsFlowBackAndLinksSurviveARestart(String database) throws Exception {
    try (TestDatabases.TestDatabase db = TestDatabases.fresh(database)) {
      DataSource ds = schema(db);
      String adele = seedPc("adele", BASIC_SKU);
      seedPc("megan");
      discover(ds);
      JdbcUserDirectory directory = new JdbcUserDirectory(ds, clock);
      assertThat(directory.list(customer)).extracting(DirectoryUser::userPrincipalName)
          .containsExactlyInAnyOrder("adele@" + DOMAIN, "megan@" + DOMAIN);
      assertThat(directory.get(customer, adele).orElseThrow().licences()).containsExactly(BASIC_SKU);

      SyncPlan first = jdbcSync(ds).plan(customer);
      assertThat(first.count(StepKind.LINK_USERS)).isEqualTo(2);
      assertThat(first.steps()).filteredOn(s -> s.kind() != StepKind.LINK_USERS)
          .allSatisfy(s -> assertThat(s.side()).isEqualTo(SyncSide.DIRECTORY));
      converge(jdbcSync(ds));

      exec(ds, "UPDATE pc_user SET display_name = 'Adele Vance', updated_at = CURRENT_TIMESTAMP WHERE item_key = ?",
          adele);
      SyncPlan edit = jdbcSync(ds).plan(customer);
      assertThat(kinds(edit)).containsExactly(StepKind.UPDATE_USER);
      assertThat(edit.steps().get(0).side()).isEqualTo(SyncSide.PARTNER_CENTER);
      converge(jdbcSync(ds));
      assertThat(pc.users(customer).get(adele).displayName()).contains("Adele Vance");

      String nestor = seedPc("nestor", STANDARD_SKU);
      converge(jdbcSync(ds));
      assertThat(directory.get(customer, nestor).orElseThrow().licences()).containsExactly(STANDARD_SKU);
      discover(ds);
      assertThat(count(ds, "SELECT COUNT(*) FROM pc_user WHERE user_principal_name = 'nestor@" + DOMAIN + "'"))
          .isEqualTo(1);
      assertThat(deliveries).containsExactly("DIRECTORY:nestor@" + DOMAIN);

      // a user the product adds to its tables is created in Partner Center and re-keyed to its Partner Center id
      DirectoryUser olga = directory.create(customer, DirectoryUser.builder().userPrincipalName("olga@" + DOMAIN)
          .displayName("Olga").usageLocation("US").addLicences(BASIC_SKU).build(), Password.of("unused-Pw1!"));
      converge(jdbcSync(ds));
      String olgaPc = pcUser("olga").id();
      assertThat(directory.get(customer, olga.id().orElseThrow())).isEmpty();
      assertThat(directory.get(customer, olgaPc).orElseThrow().licences()).containsExactly(BASIC_SKU);
      discover(ds);
      assertThat(count(ds, "SELECT COUNT(*) FROM pc_user WHERE user_principal_name = 'olga@" + DOMAIN + "'"))
          .isEqualTo(1);
      assertThat(jdbcSync(ds).plan(customer).isEmpty()).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void directory_crudAndGroupLicences_roundTripThroughTheTables(String database) throws Exception {
    try (TestDatabases.TestDatabase db = TestDatabases.fresh(database)) {
      DataSource ds = schema(db);
      JdbcUserDirectory d = new JdbcUserDirectory(ds, clock);
      DirectoryUser alex = d.create(customer, DirectoryUser.builder().userPrincipalName("alex@" + DOMAIN)
          .displayName("Alex").firstName("Alex").usageLocation("US").addLicences(BASIC_SKU).build(),
          Password.of("Not#Stored1"));
      String id = alex.id().orElseThrow();
      assertThat(alex.licences()).containsExactly(BASIC_SKU);
      assertThat(alex.modifiedAt()).contains(clock.instant());
      assertThat(count(ds, "SELECT COUNT(*) FROM pc_user WHERE display_name LIKE '%Not#Stored1%' "
          + "OR first_name LIKE '%Not#Stored1%'")).isZero();

      exec(ds, "INSERT INTO pc_license (item_key, customer_id, parent_key, sku_id, assigned_by_group, content_hash, "
          + "removed, first_seen_run, last_seen_run, updated_at) VALUES (?, '" + customer + "', '" + id + "', '"
          + STANDARD_SKU + "', TRUE, '', FALSE, 'p', 'p', CURRENT_TIMESTAMP)", id + "/" + STANDARD_SKU);
      d.updateLicences(customer, id, Set.of(), Set.of(BASIC_SKU, STANDARD_SKU));
      DirectoryUser after = d.get(customer, id).orElseThrow();
      assertThat(after.licences()).isEmpty();
      assertThat(after.groupLicences()).containsExactly(STANDARD_SKU);

      d.update(customer, after.toBuilder().displayName("Alex W").lastName("Wilber").build());
      d.disable(customer, id);
      assertThat(d.get(customer, id).orElseThrow()).satisfies(u -> {
        assertThat(u.enabled()).isFalse();
        assertThat(u.displayName()).isEqualTo("Alex W");
        assertThat(u.lastName()).contains("Wilber");
      });
      d.delete(customer, id);
      assertThat(d.list(customer)).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void linkStore_savesReplacesAndDeletesLinksWithTheirBaseline(String database) {
    try (TestDatabases.TestDatabase db = TestDatabases.fresh(database)) {
      JdbcUserLinkStore store = new JdbcUserLinkStore(schema(db));
      store.save(new UserLink(customer, "d1", "p1", java.util.Map.of("life", "ACTIVE", "attr:displayName", "A"),
          clock.instant()));
      store.save(new UserLink(customer, "d1", "p2", java.util.Map.of("life", "SUSPENDED"), clock.instant()));
      assertThat(store.links(customer)).singleElement().satisfies(l -> {
        assertThat(l.partnerCenterUserId()).isEqualTo("p2");
        assertThat(l.baseline()).containsExactly(java.util.Map.entry("life", "SUSPENDED"));
        assertThat(l.syncedAt()).isEqualTo(clock.instant());
      });
      store.delete(customer, "d1");
      assertThat(store.links(customer)).isEmpty();
    }
  }

  private static void exec(DataSource ds, String sql, String key) throws SQLException {
    try (Connection c = ds.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, key);
      p.executeUpdate();
    }
  }

  private static long count(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); PreparedStatement p = c.prepareStatement(sql);
         ResultSet r = p.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }
}
