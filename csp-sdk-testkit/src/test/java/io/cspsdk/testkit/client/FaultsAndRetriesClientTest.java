package io.cspsdk.testkit.client;

import static io.cspsdk.testkit.FakeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.error.ResponseParseException;
import io.cspsdk.core.error.ServerErrorException;
import io.cspsdk.core.model.Customer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class FaultsAndRetriesClientTest extends ClientFixture {

  @Test
  void throttledTwice_clientHonoursRetryAfterAndSucceedsWithSameRequestId() {
    fake.seed().customer("Contoso");
    fake.faults().on("GET", "/customers").throttle(Duration.ofSeconds(7)).times(2);
    List<Customer> all = StreamSupport.stream(pc.customers().list().spliterator(), false).toList();
    assertThat(all).hasSize(1);
    assertThat(fake).received("GET", "/customers").times(3).withSameHeader("MS-RequestId");
    assertThat(sleeps).contains(Duration.ofSeconds(7));
  }

  @Test
  void unavailableEveryTime_clientGivesUpWithServerError() {
    fake.faults().on("GET", "/customers/*").status(503).always();
    assertThatThrownBy(() -> pc.customers().get("8b5c7e2a-0000-4000-8000-000000000001"))
        .isInstanceOf(ServerErrorException.class);
    assertThat(fake).received("GET", "/customers/*").atLeast(2).withSameHeader("MS-RequestId");
  }

  @Test
  void lostResponseToPost_retryIsReplayedNotCreatedTwice() {
    fake.faults().on("POST", "/customers").dropResponse().once();
    Customer c = pc.customers().create(CustomersClientTest.newCustomer("lost.onmicrosoft.com"));
    assertThat(c.id()).isNotBlank();
    assertThat(pc.customers().list()).hasSize(1);
    assertThat(fake).received("POST", "/customers").times(2).withSameHeader("MS-RequestId");
  }

  @Test
  void droppedConnectionOnEveryNthCall_clientRecovers() {
    fake.seed().customers(60);
    fake.faults().on("GET", "/customers").dropConnection().everyNth(2);
    assertThat(StreamSupport.stream(pc.customers().list().spliterator(), false).count()).isEqualTo(60);
    assertThat(fake).received("GET", "/customers").atLeast(4);
  }

  @Test
  void malformedBody_surfacesAsResponseParseException() {
    fake.faults().on("GET", "/customers/*").malformedBody().always();
    assertThatThrownBy(() -> pc.customers().get("8b5c7e2a-0000-4000-8000-000000000001"))
        .isInstanceOf(ResponseParseException.class);
  }

  @Test
  void malformedRecord_onlyThatRecordIsUnreadable_theRestOfThePageReads() {
    fake.seed().customers(3);
    fake.faults().on("GET", "/customers").malformedRecord(1, java.util.Map.of("companyProfile", "not an object",
        "clientSecret", "s3cr3t-value")).always();

    io.cspsdk.core.Page<Customer> page = pc.customers().list().skippingUnreadableItems().byPage().iterator().next();

    assertThat(page.items()).hasSize(2);
    assertThat(page.unreadableItems()).singleElement().satisfies(e -> {
      assertThat(e.path()).isEqualTo("items[1].companyProfile");
      assertThat(e.payloadExcerpt()).get().asString().contains("\"companyProfile\":\"not an object\"",
          "\"clientSecret\":\"****\"").doesNotContain("s3cr3t-value");
    });
    assertThatThrownBy(() -> pc.customers().list().iterator().next()).isInstanceOfSatisfying(
        ResponseParseException.class, e -> assertThat(e.path()).isEqualTo("items[1].companyProfile"));
  }

  @Test
  void malformedRecord_indexBeyondThePage_sendsThePageUnchanged() {
    fake.seed().customers(2);
    fake.faults().on("GET", "/customers").malformedRecord(5, java.util.Map.of("id", 1)).always();

    assertThat(pc.customers().list()).hasSize(2);
    assertThatThrownBy(() -> fake.faults().on("GET", "/customers").malformedRecord(0, java.util.Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("members");
  }

  @Test
  void latency_passesOnTheFakeClockOnly() {
    Instant before = clock.instant();
    fake.faults().on("GET", "/customers").latency(Duration.ofSeconds(2)).always();
    pc.customers().list().iterator().hasNext();
    assertThat(Duration.between(before, clock.instant())).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void seededProbability_flakyServer_clientStillListsEverything() {
    fake.seed().customers(120);
    fake.faults().on("GET", "/customers").status(500).withProbability(0.3, 11);
    assertThat(StreamSupport.stream(pc.customers().list().spliterator(), false).count()).isEqualTo(120);
  }
}
