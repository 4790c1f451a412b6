package io.cspsdk.samples.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.sync.discovery.DiscoveredItem;
import io.cspsdk.sync.discovery.Discovery;
import io.cspsdk.sync.discovery.DiscoverySink;
import io.cspsdk.sync.discovery.ItemKind;
import io.cspsdk.sync.discovery.VerificationSweep;
import io.cspsdk.sync.job.RunId;
import io.cspsdk.sync.job.RunState;
import io.cspsdk.sync.store.InMemoryJobStore;
import io.cspsdk.testkit.FakeClock;
import io.cspsdk.testkit.FakePartnerCenter;
import io.cspsdk.testkit.FakePartnerCenterTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery against the fake Partner Center over HTTP into the consumer's own JSON-lines sink. */
@FakePartnerCenterTest
class JsonLinesSinkTest {
  static final String BASIC = "CFQ7TTC0LH18:0001";
  static final String STANDARD = "CFQ7TTC0LCHC:0002";
  static final String BASIC_SKU = "3b555118-da6a-4418-894f-7df1e2096870";

  @TempDir
  Path dir;
  private PartnerCenterClient pc;
  private FakePartnerCenter fake;
  private FakeClock clock;
  private String contoso;
  private final List<List<DiscoveredItem>> batches = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void seed(PartnerCenterClient pc, FakePartnerCenter fake, FakeClock clock) {
    this.pc = pc;
    this.fake = fake;
    this.clock = clock;
    contoso = fake.seed().customer("Contoso", "contoso.onmicrosoft.com").subscription(BASIC, 10)
        .subscription(STANDARD, 2).users(3).user("lee@contoso.onmicrosoft.com", BASIC_SKU).lastCustomerId();
    fake.seed().customer("Fabrikam", "fabrikam.onmicrosoft.com").subscription(BASIC, 4).users(1);
    fake.seed().customer("Northwind", "northwind.onmicrosoft.com");
  }

  private Discovery discovery(DiscoverySink sink) {
    DiscoverySink recording = (run, items) -> {
      sink.accept(run, items);
      batches.add(List.copyOf(items));
    };
    return Discovery.builder().client(pc).partnerId("p").store(new InMemoryJobStore()).sink(recording)
        .concurrency(2).clock(clock).verificationSweep(VerificationSweep.everyRun()).build();
  }

  @Test
  void discovery_writesOneLinePerPartnerCenterItem_keyedAndSorted() throws IOException {
    JsonLinesSink sink = new JsonLinesSink(dir);

    assertThat(discovery(sink).run().state()).isEqualTo(RunState.COMPLETED);

    long subscriptions = pc.customers().list().stream()
        .mapToLong(c -> pc.subscriptions(c.id()).list().stream().count()).sum();
    long users = pc.customers().list().stream().mapToLong(c -> pc.users(c.id()).list().stream().count()).sum();
    Map<ItemKind, Integer> counts = sink.counts();
    assertThat(counts).containsEntry(ItemKind.CUSTOMER, 3)
        .containsEntry(ItemKind.SUBSCRIPTION, (int) subscriptions)
        .containsEntry(ItemKind.USER, (int) users);
    assertThat(subscriptions).isEqualTo(3);
    assertThat(users).isEqualTo(5);
    List<String> customerLines = Files.readAllLines(sink.file(ItemKind.CUSTOMER));
    assertThat(customerLines).hasSize(3);
    List<String> keys = customerLines.stream().map(JsonLinesSink::parse).map(n -> n.path("key").asText()).toList();
    assertThat(keys).isSorted().contains(contoso);
    JsonNode contosoLine = customerLines.stream().map(JsonLinesSink::parse)
        .filter(n -> n.path("key").asText().equals(contoso)).findFirst().orElseThrow();
    assertThat(contosoLine.path("value").path("companyProfile").path("domain").asText())
        .isEqualTo("contoso.onmicrosoft.com");
    assertThat(contosoLine.path("removed").asBoolean()).isFalse();
    String lee = pc.users(contoso).list().stream()
        .filter(u -> u.userPrincipalName().startsWith("lee@")).findFirst().orElseThrow().id();
    assertThat(lines(sink, ItemKind.LICENSE)).singleElement().satisfies(l -> {
      assertThat(l.path("key").asText()).isEqualTo(lee + "/" + BASIC_SKU);
      assertThat(l.path("parentKey").asText()).isEqualTo(lee);
    });
  }

  @Test
  void accept_everyBatchDeliveredAgain_leavesTheFilesByteForByteAsTheyWere() throws IOException {
    JsonLinesSink sink = new JsonLinesSink(dir);
    RunId run = discovery(sink).run().runId();
    Map<ItemKind, byte[]> before = files(sink);
    assertThat(batches).isNotEmpty();

    List<List<DiscoveredItem>> again = new ArrayList<>(batches);
    Collections.reverse(again);                      // and in another order
    again.forEach(batch -> sink.accept(run, batch));

    Map<ItemKind, byte[]> after = files(sink);
    assertThat(after.keySet()).isEqualTo(before.keySet());
    before.forEach((kind, bytes) -> assertThat(after.get(kind)).as(kind.key()).isEqualTo(bytes));
  }

  @Test
  void incrementalRun_afterAUserIsDeleted_keepsItsLineMarkedRemoved() {
    JsonLinesSink sink = new JsonLinesSink(dir);
    Discovery discovery = discovery(sink);
    discovery.run();
    String user = pc.users(contoso).list().stream().filter(u -> !u.userPrincipalName().startsWith("lee@"))
        .findFirst().orElseThrow().id();                 // a user without licence
    pc.users(contoso).delete(user);
    clock.advance(Duration.ofDays(1));

    assertThat(discovery.run().attributes()).containsEntry("mode", "INCREMENTAL");

    assertThat(sink.counts()).containsEntry(ItemKind.USER, 4);
    JsonNode line = lines(sink, ItemKind.USER).stream().filter(n -> n.path("key").asText().equals(user))
        .findFirst().orElseThrow();
    assertThat(line.path("removed").asBoolean()).isTrue();
    assertThat(line.has("value")).isFalse();
    assertThat(sink.removed()).containsExactly("user:" + user);
  }

  @Test
  void newSink_onTheSameDirectory_readsTheFilesBack() {
    JsonLinesSink first = new JsonLinesSink(dir);
    discovery(first).run();

    assertThat(new JsonLinesSink(dir).counts()).isEqualTo(first.counts());
  }

  @Test
  void main_fullThenIncremental_printsTheCountsAndTheRemovedUser() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    Map<ItemKind, Integer> counts = DiscoveryToJsonLines.run(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(counts).containsEntry(ItemKind.CUSTOMER, 3).containsEntry(ItemKind.USER, 6)
        .containsEntry(ItemKind.LICENSE, 0);
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("Full import COMPLETED", "(INCREMENTAL)");
    assertThat(out).containsPattern("kept as removed: user:([0-9a-f-]{36}), license:\\1/" + BASIC_SKU + "\n");
    assertThat(out).containsPattern("Full import COMPLETED.*\n(.*\n)*  license +1  license.jsonl");
  }

  private static Map<ItemKind, byte[]> files(JsonLinesSink sink) throws IOException {
    Map<ItemKind, byte[]> out = new java.util.EnumMap<>(ItemKind.class);
    for (ItemKind kind : ItemKind.values()) {
      if (Files.exists(sink.file(kind))) {
        out.put(kind, Files.readAllBytes(sink.file(kind)));
      }
    }
    return out;
  }

  private static List<JsonNode> lines(JsonLinesSink sink, ItemKind kind) {
    try {
      return Files.readAllLines(sink.file(kind)).stream().map(JsonLinesSink::parse).toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
