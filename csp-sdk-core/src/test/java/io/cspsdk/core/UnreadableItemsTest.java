package io.cspsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cspsdk.core.error.ResponseParseException;
import io.cspsdk.core.model.Invoice;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.core.testing.FakeClock;
import io.cspsdk.core.testing.LoopbackServer;
import io.cspsdk.core.testing.LoopbackServer.Answer;
import io.cspsdk.core.testing.RecordingSleeper;
import io.cspsdk.core.testing.TestClients;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A listing page with one record that does not map, over real HTTP on loopback. */
class UnreadableItemsTest {
  static final LoopbackServer PC = new LoopbackServer();
  /** What Partner Center always sends of a subscription, besides its id and quantity. */
  static final String REQUIRED = "\"offerId\":\"CFQ7TTC0LH18:0001:CFQ7TTC0K5BF\",\"status\":\"active\","
      + "\"billingCycle\":\"monthly\"";
  static final String BAD = "{\"id\":\"s2\"," + REQUIRED + ",\"quantity\":\"many\",\"refreshToken\":\"eyJ0eXAiOiJKV1QiLCJhbGci\","
      + "\"notes\":\"https://blob.example/x?sv=2023-11-03&sig=Zm9vYmFyU0FT&se=1\",\"adminPassword\":\"Hunter2!\"}";
  static final String PAGE = "{\"totalCount\":3,\"items\":[{\"id\":\"s1\"," + REQUIRED + ",\"quantity\":1},"
      + BAD + ",{\"id\":\"s3\"," + REQUIRED + ",\"quantity\":3}],\"links\":{}}";

  private final FakeClock clock = new FakeClock();
  private PartnerCenterClient client;

  @BeforeEach
  void setUp() {
    PC.reset();
    client = TestClients.builder(PC.baseUrl(), clock, new RecordingSleeper(clock)).noRateLimit().build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @AfterAll
  static void stop() {
    PC.close();
  }

  @Test
  void listing_recordOfTheWrongType_failsThePageWithThePathAndARedactedExcerpt() {
    PC.handle(r -> Answer.of(200, PAGE));

    ResponseParseException e = catchThrowableOfType(ResponseParseException.class,
        () -> client.subscriptions("c1").list().stream().toList());

    assertThat(e.path()).isEqualTo("items[1].quantity");
    assertThat(e.payloadExcerpt()).get().asString().contains("\"id\":\"s2\"", "\"quantity\":\"many\"",
        "\"refreshToken\":\"****\"", "sig=****&se=1", "\"adminPassword\":\"****\"");
    for (String secret : List.of("eyJ0eXAiOiJKV1QiLCJhbGci", "Zm9vYmFyU0FT", "Hunter2!")) {
      assertThat(e.payloadExcerpt().get()).doesNotContain(secret);
      assertThat(e.getMessage()).doesNotContain(secret);
      assertThat(e.toString()).doesNotContain(secret);
    }
  }

  @Test
  void skippingUnreadableItems_keepsTheRestOfThePageAndReportsTheRecord() {
    PC.handle(r -> Answer.of(200, PAGE));

    List<Page<Subscription>> pages = new ArrayList<>();
    client.subscriptions("c1").list().skippingUnreadableItems().byPage().forEach(pages::add);

    assertThat(pages).hasSize(1);
    assertThat(pages.get(0).items()).extracting(Subscription::id).containsExactly("s1", "s3");
    assertThat(pages.get(0).unreadableItems()).singleElement().satisfies(u -> {
      assertThat(u.path()).isEqualTo("items[1].quantity");
      assertThat(u.payloadExcerpt()).get().asString().contains("\"quantity\":\"many\"")
          .doesNotContain("Hunter2!");
    });
  }

  @Test
  void skippingUnreadableItems_nullItemIsReportedNotDropped() {
    PC.handle(r -> Answer.of(200, "{\"totalCount\":2,\"items\":[{\"id\":\"s1\"," + REQUIRED
        + ",\"quantity\":1},null]}"));

    Page<Subscription> page = client.subscriptions("c1").list().skippingUnreadableItems().byPage().iterator().next();

    assertThat(page.items()).extracting(Subscription::id).containsExactly("s1");
    assertThat(page.unreadableItems()).extracting(ResponseParseException::path).containsExactly("items[1]");
  }

  @Test
  void skippingUnreadableItems_itemMissingARequiredField_isReportedWithThePathOfTheField() {
    PC.handle(r -> Answer.of(200, "{\"totalCount\":2,\"items\":[{\"id\":\"s1\"," + REQUIRED
        + ",\"quantity\":1},{\"id\":\"s2\",\"offerId\":\"CFQ7TTC0LH18:0001:CFQ7TTC0K5BF\",\"quantity\":2,"
        + "\"billingCycle\":\"monthly\"}]}"));

    Page<Subscription> page = client.subscriptions("c1").list().skippingUnreadableItems().byPage().iterator().next();

    assertThat(page.items()).extracting(Subscription::id).containsExactly("s1");
    assertThat(page.unreadableItems()).singleElement().satisfies(u -> {
      assertThat(u.path()).isEqualTo("items[1].status");
      assertThat(u.payloadExcerpt()).get().asString().contains("\"id\":\"s2\"");
    });
  }

  @Test
  void skippingUnreadableItems_malformedJsonStillFailsThePage() {
    PC.handle(r -> Answer.of(200, "{\"totalCount\":3,\"items\":[{\"id\":\""));

    ResponseParseException e = catchThrowableOfType(ResponseParseException.class,
        () -> client.subscriptions("c1").list().skippingUnreadableItems().byPage().iterator().next());

    assertThat(e.payloadExcerpt()).isEmpty();
  }

  @Test
  void skippingUnreadableItems_offsetListingCountsTheSkippedRecordInItsPosition() {
    PC.handle(r -> r.uri().contains("offset=0")
        ? Answer.of(200, "{\"totalCount\":3,\"items\":[{\"id\":\"i1\"},{\"id\":\"i2\",\"totalCharges\":\"lots\"}]}")
        : r.uri().contains("offset=2") ? Answer.of(200, "{\"totalCount\":3,\"items\":[{\"id\":\"i3\"}]}")
        : Answer.of(500, "{}"));

    List<String> ids = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    for (Page<Invoice> p : client.invoices().list().skippingUnreadableItems().byPage()) {
      p.items().forEach(i -> ids.add(i.id()));
      p.unreadableItems().forEach(u -> unreadable.add(u.path()));
    }

    assertThat(ids).containsExactly("i1", "i3");
    assertThat(unreadable).containsExactly("items[1].totalCharges");
  }
}
