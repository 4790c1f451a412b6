package io.cspsdk.sync.users;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.model.User;
import io.cspsdk.testkit.FakeClock;
import io.cspsdk.testkit.FakePartnerCenter;
import io.cspsdk.testkit.FakePartnerCenterTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;

/** The fake Partner Center over HTTP with one customer, an in-memory directory and links, recorded deliveries. */
@FakePartnerCenterTest
abstract class UserSyncFixture {
  static final String BASIC = "CFQ7TTC0LH18:0001";
  static final String BASIC_SKU = "3b555118-da6a-4418-894f-7df1e2096870";
  static final String STANDARD = "CFQ7TTC0LCHC:0002";
  static final String STANDARD_SKU = "f245ecc8-75af-4f8e-b61f-27d8114de5f3";
  /** Minecraft Education: a SKU of licence group 2. */
  static final String MINECRAFT = "CFQ7TTC0MMED:0001";
  static final String MINECRAFT_SKU = "984df360-9a74-4647-8cf8-696749f6247a";
  static final String DOMAIN = "contoso.onmicrosoft.com";

  PartnerCenterClient pc;
  FakePartnerCenter fake;
  FakeClock clock;
  InMemoryUserDirectory dir;
  InMemoryUserLinkStore links;
  final List<String> deliveries = new ArrayList<>();
  final List<Password> delivered = new ArrayList<>();
  String customer;
  io.cspsdk.testkit.Seeder seeder;

  @BeforeEach
  void setUpSync(PartnerCenterClient pc, FakePartnerCenter fake, FakeClock clock) {
    this.pc = pc;
    this.fake = fake;
    this.clock = clock;
    dir = new InMemoryUserDirectory(clock);
    links = new InMemoryUserLinkStore();
    deliveries.clear();
    delivered.clear();
    seeder = fake.seed().customer("Contoso", DOMAIN).subscription(BASIC, 10).subscription(STANDARD, 5);
    customer = seeder.lastCustomerId();
  }

  UserSync sync(UserSyncSettings settings) {
    return UserSync.builder(pc, dir).links(links).settings(settings).clock(clock)
        .passwordDelivery((c, upn, side, password) -> {
          deliveries.add(side + ":" + upn);
          delivered.add(password);
        }).build();
  }

  UserSync sync() {
    return sync(UserSyncSettings.defaults());
  }

  static UserSyncSettings.Builder settings() {
    return UserSyncSettings.builder();
  }

  DirectoryUser put(String local, String displayName, String... skus) {
    return dir.put(customer, DirectoryUser.builder().userPrincipalName(local + "@" + DOMAIN)
        .displayName(displayName).usageLocation("US").licences(Set.of(skus)).build());
  }

  DirectoryUser dirUser(String local) {
    return dir.byUserPrincipalName(customer, local + "@" + DOMAIN).orElseThrow();
  }

  Optional<DirectoryUser> findDirUser(String local) {
    return dir.byUserPrincipalName(customer, local + "@" + DOMAIN);
  }

  /** Seeds a Partner Center user (as if created in Partner Center directly) and returns its id. */
  String seedPc(String local, String... skus) {
    seeder.user(local + "@" + DOMAIN, skus);
    return pcUser(local).id();
  }

  List<User> pcUsers() {
    return StreamSupport.stream(pc.users(customer).list().spliterator(), false).toList();
  }

  List<User> pcDeleted() {
    return StreamSupport.stream(pc.users(customer).listDeleted().spliterator(), false).toList();
  }

  User pcUser(String local) {
    return pcUsers().stream().filter(u -> u.userPrincipalName().equalsIgnoreCase(local + "@" + DOMAIN))
        .findFirst().orElseThrow(() -> new AssertionError("no Partner Center user " + local));
  }

  Set<String> pcLicences(String userId) {
    TreeSet<String> out = new TreeSet<>();
    pc.licenses(customer).userLicenses(userId, List.of("Group1", "Group2"), io.cspsdk.core.RequestOptions.none())
        .forEach(l -> out.add(l.productSku().orElseThrow().id().orElseThrow()));
    return out;
  }

  int available(String sku) {
    return pc.licenses(customer).subscribedSkus(List.of("Group1", "Group2"), io.cspsdk.core.RequestOptions.none())
        .stream()
        .filter(s -> s.productSku().flatMap(p -> p.id()).orElse("").equalsIgnoreCase(sku)).findFirst()
        .orElseThrow().availableUnits().orElseThrow();
  }

  static List<StepKind> kinds(SyncPlan plan) {
    return plan.steps().stream().map(SyncStep::kind).toList();
  }

  static SyncStep step(SyncPlan plan, StepKind kind, SyncSide side) {
    return plan.steps().stream().filter(s -> s.kind() == kind && s.side() == side).findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " on " + side + " in\n" + plan.toText()));
  }

  /** Plans, applies and checks that the next plan is empty. */
  ApplyResult converge(UserSync sync) {
    ApplyResult r = sync.apply(sync.plan(customer));
    org.assertj.core.api.Assertions.assertThat(r.allSucceeded()).as(r.outcomes().toString()).isTrue();
    SyncPlan next = sync.plan(customer);
    org.assertj.core.api.Assertions.assertThat(next.isEmpty()).as(next.toText()).isTrue();
    return r;
  }
}
