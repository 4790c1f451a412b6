package io.cspsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cspsdk.core.error.ConnectionException;
import io.cspsdk.core.error.PreconditionFailedException;
import io.cspsdk.core.error.RequestTimeoutException;
import io.cspsdk.core.error.ResponseParseException;
import io.cspsdk.core.error.UntrustedLinkException;
import io.cspsdk.core.invoices.AttributeSet;
import io.cspsdk.core.invoices.ReconciliationExport;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.core.testing.FakeClock;
import io.cspsdk.core.testing.LoopbackServer;
import io.cspsdk.core.testing.LoopbackServer.Answer;
import io.cspsdk.core.testing.LoopbackServer.Received;
import io.cspsdk.core.testing.RecordingSleeper;
import io.cspsdk.core.testing.TestClients;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Crafted and broken answers served over real HTTP on loopback: each must end in a typed error (or a correct
 * result) without sending credentials elsewhere, sending a method the client did not choose, or exhausting memory.
 */
class HostileAnswersTest {
  static final LoopbackServer PC = new LoopbackServer();
  static final LoopbackServer ELSEWHERE = new LoopbackServer();
  static final String SIG = "sig=Zm9vYmFyU0FTc2lnbmF0dXJl";
  static final String SAS = "sv=2023-11-03&sr=c&" + SIG;
  static final String EXPORT = "/graph/v1.0/reports/partners/billing/reconciliation/billed/export";
  static final String SUB = "/v1/customers/c1/subscriptions/s1";

  private final FakeClock clock = new FakeClock();
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);
  private PartnerCenterClient client;

  @BeforeEach
  void setUp() {
    PC.reset();
    ELSEWHERE.reset();
    ELSEWHERE.handle(r -> Answer.of(200, "{\"items\":[]}"));
    client = TestClients.builder(PC.baseUrl(), clock, sleeper).noRateLimit().maxResponseBytes(64 * 1024).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @AfterAll
  static void stopServers() {
    PC.close();
    ELSEWHERE.close();
  }

  private static void serve(Function<Received, Answer> handler) {
    PC.handle(handler);
  }

  static String page(String item, String nextUri, String method, String headers) {
    return "{\"totalCount\":1,\"items\":[{\"id\":\"" + item + "\"}],\"links\":{\"next\":{\"uri\":\"" + nextUri
        + "\",\"method\":\"" + method + "\",\"headers\":" + headers + "}}}";
  }

  static byte[] gzip(byte[] data) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write(data);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> messages(Throwable t) {
    List<String> m = new java.util.ArrayList<>();
    for (Throwable c = t; c != null; c = c.getCause()) {
      m.add(String.valueOf(c.getMessage()));
      m.add(c.toString());
    }
    return m;
  }

  // ---- where credentials go

  @Test
  void list_absoluteNextLinkToAnotherOrigin_isRefusedAndTheOtherOriginGetsNothing() {
    serve(r -> Answer.of(200, page("a", ELSEWHERE.baseUrl() + "/v1/customers?page=2", "GET", "[]")));

    assertThatThrownBy(() -> client.raw().list("/customers", Map.class).stream().count())
        .isInstanceOfSatisfying(UntrustedLinkException.class, e -> {
          assertThat(e.path()).isEqualTo("links.next.uri");
          assertThat(e.getMessage()).contains("127.0.0.1:" + ELSEWHERE.baseUrl().replaceAll(".*:", ""));
        });
    assertThat(ELSEWHERE.received()).isEmpty();
  }

  @Test
  void list_absoluteNextLinkOnTheConfiguredOrigin_isFollowed() {
    serve(r -> r.uri().contains("page=2") ? Answer.of(200, "[{\"id\":\"b\"}]")
        : Answer.of(200, page("a", PC.baseUrl() + "/v1/customers?page=2", "GET", "[]")));

    assertThat(client.raw().list("/customers", Map.class).stream().map(m -> m.get("id")))
        .containsExactly("a", "b");
  }

  @Test
  void longRunning_locationOnAnotherOrigin_isRefusedAndTheOtherOriginGetsNothing() {
    serve(r -> r.method().equals("PATCH")
        ? Answer.of(202, "").header("Location", ELSEWHERE.baseUrl() + "/v1/operations/1").header("Retry-After", "1")
        : Answer.of(200, "{\"id\":\"s1\",\"offerId\":\"o1\",\"billingCycle\":\"monthly\",\"status\":\"active\",\"quantity\":1}"));

    assertThatThrownBy(() -> client.subscriptions("c1").changeQuantity("s1", 2))
        .isInstanceOfSatisfying(UntrustedLinkException.class, e -> assertThat(e.path()).isEqualTo("Location"));
    assertThat(ELSEWHERE.received()).isEmpty();
  }

  @Test
  void export_operationLocationOnAnotherOrigin_isRefused() {
    serve(r -> Answer.of(202, "").header("Location", ELSEWHERE.baseUrl() + "/graph/v1.0/operations/op1"));

    ReconciliationExport export = client.invoices().exportBilled("G1", AttributeSet.FULL);

    assertThatThrownBy(export::poll)
        .isInstanceOfSatisfying(UntrustedLinkException.class, e -> assertThat(e.path()).isEqualTo("Location"));
    assertThat(ELSEWHERE.received()).isEmpty();
  }

  @Test
  void export_manifestLinkOnAnotherOrigin_isRefused() {
    serve(r -> r.method().equals("POST")
        ? Answer.of(202, "").header("Location", PC.baseUrl() + "/graph/v1.0/operations/op1")
        : Answer.of(200, "{\"id\":\"op1\",\"status\":\"succeeded\",\"resourceLocation@odata.navigationLink\":\""
            + ELSEWHERE.baseUrl() + "/graph/v1.0/manifests/m1\"}"));

    ReconciliationExport export = client.invoices().exportBilled("G1", AttributeSet.FULL);

    assertThatThrownBy(export::poll).isInstanceOfSatisfying(UntrustedLinkException.class,
        e -> assertThat(e.path()).isEqualTo("resourceLocation"));
    assertThat(ELSEWHERE.received()).isEmpty();
  }

  private ReconciliationExport finishedExport(String rootDirectory, Function<Received, Answer> blobs) {
    String manifest = "{\"id\":\"m1\",\"rootDirectory\":\"" + rootDirectory + "\",\"sasToken\":\"" + SAS
        + "\",\"blobCount\":1,\"blobs\":[{\"name\":\"part-0.json.gz\"}]}";
    serve(r -> r.uri().startsWith("/blobs/") ? blobs.apply(r) : r.method().equals("POST")
        ? Answer.of(202, "").header("Location", PC.baseUrl() + "/graph/v1.0/operations/op1")
        : Answer.of(200, "{\"id\":\"op1\",\"status\":\"succeeded\",\"resourceLocation\":" + manifest + "}"));
    ReconciliationExport export = client.invoices().exportBilled("G1", AttributeSet.FULL);
    export.waitForCompletion(Duration.ofMinutes(1));
    return export;
  }

  @Test
  void export_blobOverPlainHttpToARemoteHost_isRefusedBeforeSending() {
    ReconciliationExport export = finishedExport("http://blobs.example.com/x", r -> Answer.of(200, ""));

    Throwable t = catchThrowable(() -> export.lineItems().count());

    assertThat(t).isInstanceOfSatisfying(UntrustedLinkException.class,
        e -> assertThat(e.path()).isEqualTo("blobs[0].url"));
    assertThat(messages(t)).noneMatch(m -> m.contains(SIG));
  }

  @Test
  void export_blobDownload_carriesNoAuthorization() {
    String line = "{\"CustomerId\":\"c1\",\"SubscriptionId\":\"s1\"}\n";
    ReconciliationExport export = finishedExport(PC.baseUrl() + "/blobs/x",
        r -> new Answer(200, Map.of(), gzip(line.getBytes(StandardCharsets.UTF_8)), -1));

    assertThat(export.lineItems().count()).isEqualTo(1);
    Received blob = PC.received().stream().filter(r -> r.uri().startsWith("/blobs/")).findFirst().orElseThrow();
    assertThat(blob.headers()).doesNotContainKey("authorization");
    assertThat(blob.uri()).contains(SIG);
  }

  @Test
  void export_oddRootDirectories_failTypedWithoutTheSasInAnyMessage() {
    for (String root : List.of("blobstore/x", "https://blob host/x", "https://blobs.example.com/%zz", "ftp://x/y")) {
      ReconciliationExport export = finishedExport(root, r -> Answer.of(200, ""));

      Throwable t = catchThrowable(() -> export.lineItems().count());

      assertThat(t).as(root).isInstanceOf(ResponseParseException.class);
      assertThat(messages(t)).as(root).noneMatch(m -> m.contains(SIG) || m.contains("sv=2023"));
    }
  }

  // ---- which method is sent

  @Test
  void list_nextLinkAskingForDelete_isRefusedAndOnlyGetIsSent() {
    for (String method : List.of("DELETE", "POST", "PATCH", "BREW")) {
      PC.reset();
      serve(r -> Answer.of(200, page("a", "/customers?page=2", method, "[]")));

      assertThatThrownBy(() -> client.raw().list("/customers", Map.class).stream().count()).as(method)
          .isInstanceOfSatisfying(ResponseParseException.class,
              e -> assertThat(e.path()).isEqualTo("links.next.method"));
      assertThat(PC.received()).extracting(Received::method).containsOnly("GET");
    }
  }

  @Test
  void list_nextLinkHeaders_onlyTheContinuationTokenIsForwarded() {
    serve(r -> r.uri().contains("page=2") ? Answer.of(200, "[]") : Answer.of(200, page("a", "/customers?page=2",
        "GET", "[{\"key\":\"Authorization\",\"value\":\"Bearer stolen\"},{\"key\":\"MS-ContinuationToken\","
            + "\"value\":\"t1\"},{\"key\":\"X-Forwarded-Host\",\"value\":\"evil\"}]")));

    client.raw().list("/customers", Map.class).stream().count();

    Received second = PC.received().get(1);
    assertThat(second.headers()).containsEntry("authorization", "Bearer " + TestClients.TOKEN)
        .containsEntry("ms-continuationtoken", "t1").doesNotContainKey("x-forwarded-host");
  }

  // ---- malformed links, repeated continuations, waits

  @Test
  void list_malformedNextLinks_failTyped() {
    for (String link : List.of("/customers?x=%zz", "/cust omers", "http://", "https://[bad/x")) {
      serve(r -> Answer.of(200, page("a", link, "GET", "[]")));

      assertThatThrownBy(() -> client.raw().list("/customers", Map.class).stream().count()).as(link)
          .isInstanceOfSatisfying(ResponseParseException.class,
              e -> assertThat(e.path()).isEqualTo("links.next.uri"));
    }
  }

  @Test
  void longRunning_malformedLocation_failsTyped() {
    serve(r -> r.method().equals("PATCH") ? Answer.of(202, "").header("Location", "/v1/operations/%zz")
        : Answer.of(200, "{\"id\":\"s1\",\"offerId\":\"o1\",\"billingCycle\":\"monthly\",\"status\":\"active\",\"quantity\":1}"));

    assertThatThrownBy(() -> client.subscriptions("c1").changeQuantity("s1", 2))
        .isInstanceOfSatisfying(ResponseParseException.class, e -> assertThat(e.path()).isEqualTo("Location"));
  }

  @Test
  void list_nextLinkRepeatingItself_endsWithTypedErrorAfterTwoRequests() {
    serve(r -> Answer.of(200, page("a", "/customers?page=2", "GET", "[]")));

    assertThatThrownBy(() -> client.raw().list("/customers", Map.class).stream().count())
        .isInstanceOfSatisfying(ResponseParseException.class, e -> assertThat(e.path()).isEqualTo("links.next.uri"));
    assertThat(PC.received()).hasSize(2);
  }

  @Test
  void longRunning_hugeRetryAfter_isCappedAndTheWaitEndsAtTheDeadline() {
    serve(r -> r.method().equals("PATCH") || r.uri().contains("operations")
        ? Answer.of(202, "").header("Location", "/v1/operations/1").header("Retry-After", "9223372036854775807")
        : Answer.of(200, "{\"id\":\"s1\",\"offerId\":\"o1\",\"billingCycle\":\"monthly\",\"status\":\"active\",\"quantity\":1}"));

    assertThatThrownBy(() -> client.subscriptions("c1").changeQuantity("s1", 2,
        RequestOptions.builder().timeout(Duration.ofMinutes(5)).build()))
        .isInstanceOf(RequestTimeoutException.class);
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofMinutes(2), Duration.ofMinutes(2), Duration.ofMinutes(1));
  }

  @Test
  void export_hugeRetryAfter_isCappedAndTheWaitEndsAtTheDeadline() {
    serve(r -> Answer.of(202, "").header("Location", PC.baseUrl() + "/graph/v1.0/operations/op1")
        .header("Retry-After", "99999999999999"));

    ReconciliationExport export = client.invoices().exportBilled("G1", AttributeSet.FULL);

    assertThatThrownBy(() -> export.waitForCompletion(Duration.ofMinutes(3)))
        .isInstanceOf(RequestTimeoutException.class);
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofMinutes(2), Duration.ofMinutes(1));
  }

  // ---- memory

  @Test
  void get_bodyBeyondMaxResponseBytes_failsTyped() {
    serve(r -> Answer.of(200, "{\"id\":\"" + "x".repeat(100_000) + "\"}"));

    assertThatThrownBy(() -> client.raw().get("/customers/c1", Map.class))
        .isInstanceOf(ResponseParseException.class).hasMessageContaining("maxResponseBytes");
  }

  @Test
  void get_gzipBombBody_stopsAtTheLimit() {
    byte[] bomb = gzip(("{\"id\":\"" + "a".repeat(20_000_000) + "\"}").getBytes(StandardCharsets.UTF_8));
    serve(r -> new Answer(200, Map.of("Content-Type", "application/json", "Content-Encoding", "gzip"), bomb, -1));

    assertThat(bomb.length).isLessThan(100_000);
    assertThatThrownBy(() -> client.raw().get("/customers/c1", Map.class))
        .isInstanceOf(ResponseParseException.class).hasMessageContaining("maxResponseBytes");
  }

  @Test
  void export_blobGzipBombWithoutLineBreaks_stopsAtTheLimit() {
    byte[] bomb = gzip("a".repeat(20_000_000).getBytes(StandardCharsets.UTF_8));
    ReconciliationExport export = finishedExport(PC.baseUrl() + "/blobs/x", r -> new Answer(200, Map.of(), bomb, -1));

    assertThatThrownBy(() -> export.lineItems().count()).isInstanceOfSatisfying(ResponseParseException.class,
        e -> assertThat(e.path()).isEqualTo("blobs[0]"));
  }

  // ---- typed errors only

  @Test
  void typedCalls_emptyOrNullBodies_failTypedNamingWhatWasExpected() {
    for (String body : List.of("", "   ", "null")) {
      serve(r -> Answer.of(200, body));

      assertThatThrownBy(() -> client.customers().get("c1")).as("get [%s]", body)
          .isInstanceOf(ResponseParseException.class).hasMessageContaining("Customer");
      assertThatThrownBy(() -> client.customers().list().stream().count()).as("list [%s]", body)
          .isInstanceOf(ResponseParseException.class);
      assertThatThrownBy(() -> client.invoices().exportBilled("G1", AttributeSet.FULL))
          .isInstanceOf(ResponseParseException.class);
    }
  }

  @Test
  void export_emptyPollAndManifestBodies_failTyped() {
    serve(r -> r.method().equals("POST")
        ? Answer.of(202, "").header("Location", PC.baseUrl() + "/graph/v1.0/operations/op1")
        : Answer.of(200, r.uri().contains("manifests") ? "null" : r.uri().contains("op1") ? "" : "{}"));
    ReconciliationExport export = client.invoices().exportBilled("G1", AttributeSet.FULL);
    assertThatThrownBy(export::poll).isInstanceOf(ResponseParseException.class).hasMessageContaining("empty body");

    serve(r -> r.method().equals("POST")
        ? Answer.of(202, "").header("Location", PC.baseUrl() + "/graph/v1.0/operations/op2")
        : r.uri().contains("manifests") ? Answer.of(200, "null")
        : Answer.of(200, "{\"id\":\"op2\",\"status\":\"succeeded\",\"resourceLocation@odata.navigationLink\":\""
            + PC.baseUrl() + "/graph/v1.0/manifests/m1\"}"));
    ReconciliationExport second = client.invoices().exportBilled("G1", AttributeSet.FULL);
    assertThatThrownBy(second::poll).isInstanceOf(ResponseParseException.class).hasMessageContaining("null");
  }

  @Test
  void get_beyondJacksonLimits_failsTypedWithoutNpe() {
    for (String body : List.of("{\"id\":" + "9".repeat(1200) + "}", "[".repeat(50_000),
        "{\"id\":\"c1\",\"n\":" + "1".repeat(1200) + ".5}")) {
      serve(r -> Answer.of(200, body));

      assertThatThrownBy(() -> client.raw().get("/customers/c1", Map.class)).as(body.substring(0, 10))
          .isInstanceOf(ResponseParseException.class);
    }
  }

  @Test
  void export_corruptTruncatedOrCutBlobs_failTyped() {
    byte[] good = gzip("{\"CustomerId\":\"c1\"}\n{\"CustomerId\":\"c2\"}\n".repeat(200)
        .getBytes(StandardCharsets.UTF_8));
    byte[] truncated = java.util.Arrays.copyOf(good, good.length / 2);
    byte[] corrupt = good.clone();
    for (int i = 12; i < corrupt.length - 8; i += 7) {
      corrupt[i] ^= 0x5a;
    }
    Map<byte[], Class<?>> cases = new java.util.LinkedHashMap<>();
    cases.put(truncated, ResponseParseException.class);
    cases.put(corrupt, ResponseParseException.class);
    cases.forEach((blob, type) -> {
      ReconciliationExport export = finishedExport(PC.baseUrl() + "/blobs/x", r -> new Answer(200, Map.of(), blob, -1));
      assertThatThrownBy(() -> export.lineItems().count()).isInstanceOf(type);
    });

    ReconciliationExport cut = finishedExport(PC.baseUrl() + "/blobs/x",
        r -> new Answer(200, Map.of(), good, good.length / 2));
    assertThatThrownBy(() -> cut.lineItems().count()).isInstanceOfAny(ConnectionException.class,
        ResponseParseException.class);
  }

  @Test
  void export_plainBlobCutMidStream_isAConnectionException() {
    byte[] plain = "{\"CustomerId\":\"c1\"}\n".repeat(2000).getBytes(StandardCharsets.UTF_8);
    ReconciliationExport cut = finishedExport(PC.baseUrl() + "/blobs/x",
        r -> new Answer(200, Map.of(), plain, plain.length / 2));

    assertThatThrownBy(() -> cut.lineItems().count()).isInstanceOf(ConnectionException.class);
  }

  // ---- a retried update whose first answer was lost

  private Function<Received, Answer> subscriptionServer(AtomicInteger quantity, boolean firstPatchApplies) {
    AtomicInteger patches = new AtomicInteger();
    String json = "{\"id\":\"s1\",\"offerId\":\"o1\",\"billingCycle\":\"monthly\",\"quantity\":%d,\"status\":\"active\",\"attributes\":{\"etag\":\"e%d\"}}";
    return r -> {
      if (r.method().equals("PATCH")) {
        if (patches.incrementAndGet() == 1) {
          if (firstPatchApplies) {
            quantity.set(20);
          }
          byte[] body = String.format(json, quantity.get(), 2).getBytes(StandardCharsets.UTF_8);
          return new Answer(200, Map.of("Content-Type", "application/json"), body, 5); // the answer is lost
        }
        return Answer.of(412, "{\"code\":\"PreconditionFailed\",\"description\":\"etag\"}");
      }
      return Answer.of(200, String.format(json, quantity.get(), quantity.get() == 20 ? 2 : 1));
    };
  }

  @Test
  void changeQuantity_412AfterARetryOfAnAppliedChange_readsBackAndSucceeds() {
    AtomicInteger quantity = new AtomicInteger(10);
    serve(subscriptionServer(quantity, true));

    Subscription s = client.subscriptions("c1").changeQuantity("s1", 20);

    assertThat(s.quantity()).isEqualTo(20);
    assertThat(PC.received()).extracting(Received::method).containsExactly("GET", "PATCH", "PATCH", "GET");
  }

  @Test
  void changeQuantityWithResponse_412AfterARetryOfAnAppliedChange_carriesThe412AndTheChangesIds() {
    AtomicInteger quantity = new AtomicInteger(10);
    serve(subscriptionServer(quantity, true));

    Response<Subscription> response = client.subscriptions("c1").changeQuantityWithResponse("s1", 20,
        RequestOptions.builder().correlationId("audit-412").build());

    assertThat(response.value().quantity()).isEqualTo(20);
    assertThat(response.statusCode()).isEqualTo(412);
    assertThat(response.headers()).isEmpty();
    assertThat(response.correlationId()).isEqualTo("audit-412");
    assertThat(PC.received()).filteredOn(r -> r.method().equals("PATCH")).hasSize(2)
        .allSatisfy(r -> assertThat(r.headers().get("ms-requestid")).isEqualTo(response.requestId()));
  }

  @Test
  void changeQuantity_412AfterARetryOfAChangeNotApplied_isReported() {
    AtomicInteger quantity = new AtomicInteger(10);
    serve(subscriptionServer(quantity, false));

    assertThatThrownBy(() -> client.subscriptions("c1").changeQuantity("s1", 20))
        .isInstanceOf(PreconditionFailedException.class);
    assertThat(PC.received()).extracting(Received::method).containsExactly("GET", "PATCH", "PATCH", "GET");
  }

  @Test
  void changeQuantity_412OnTheFirstAttempt_isReportedWithoutReadBack() {
    serve(r -> r.method().equals("PATCH") ? Answer.of(412, "{\"code\":\"PreconditionFailed\"}")
        : Answer.of(200, "{\"id\":\"s1\",\"offerId\":\"o1\",\"billingCycle\":\"monthly\",\"status\":\"active\",\"quantity\":20,\"attributes\":{\"etag\":\"e1\"}}"));

    assertThatThrownBy(() -> client.subscriptions("c1").changeQuantity("s1", 20))
        .isInstanceOf(PreconditionFailedException.class);
    assertThat(PC.received().stream().map(Received::method).collect(Collectors.toList()))
        .containsExactly("GET", "PATCH");
  }
}
