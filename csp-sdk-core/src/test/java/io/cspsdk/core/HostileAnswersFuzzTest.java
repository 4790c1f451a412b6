package io.cspsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.cspsdk.core.error.PartnerCenterException;
import io.cspsdk.core.invoices.AttributeSet;
import io.cspsdk.core.invoices.ReconciliationExport;
import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.NewCart;
import io.cspsdk.core.model.CartLineItem;
import io.cspsdk.core.model.TermDuration;
import io.cspsdk.core.testing.CapturingLogs;
import io.cspsdk.core.testing.FakeClock;
import io.cspsdk.core.testing.LoopbackServer;
import io.cspsdk.core.testing.LoopbackServer.Answer;
import io.cspsdk.core.testing.LoopbackServer.Received;
import io.cspsdk.core.testing.RecordingSleeper;
import io.cspsdk.core.testing.TestClients;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A seeded fuzz test over every kind of call: the loopback server answers with generated bodies and headers
 * (truncated JSON, wrong types, huge numbers, deep nesting, 10 MB strings, invalid UTF-8, nulls, odd dates, empty
 * bodies, HTML error pages, bogus gzip, hostile links and Location headers). Every case must parse or throw a
 * {@link PartnerCenterException} within a bounded time, send no credential off the configured origin, send no method
 * the call did not ask for, and log no secret. The seed makes every failure repeatable: the failing case's number
 * and kind are in the assertion message.
 */
class HostileAnswersFuzzTest {
  static final long SEED = 20261201L;
  static final int CASES_PER_KIND = Integer.getInteger("fuzz.cases", 400);
  static final int MAX_REQUESTS_PER_CASE = 25;
  static final String PASSWORD = "Pw-Fuzz-5521";
  static final String CLIENT_SECRET = "cs-Fuzz~Secret-77";
  static final String SIG = "U2FzU2lnbmF0dXJlRnV6eg";
  static final List<String> SECRETS = List.of(TestClients.TOKEN, PASSWORD, CLIENT_SECRET, SIG);

  static final LoopbackServer PC = new LoopbackServer();
  static final LoopbackServer ELSEWHERE = new LoopbackServer();

  enum Kind {
    GET(Set.of("GET")), LIST(Set.of("GET")), OFFSET_LIST(Set.of("GET")), CREATE(Set.of("POST")),
    PATCH_202(Set.of("GET", "PATCH")), EXPORT_POLL(Set.of("POST", "GET")), BLOB_STREAM(Set.of("POST", "GET"));

    final Set<String> methods;

    Kind(Set<String> methods) {
      this.methods = methods;
    }
  }

  @AfterAll
  static void stopServers() {
    PC.close();
    ELSEWHERE.close();
  }

  @Test
  void everyCallKind_generatedAnswers_parseOrFailTypedWithoutLeakingOrChoosingRequests() {
    Random seeds = new Random(SEED);
    Map<Kind, Map<String, Integer>> outcomes = new EnumMap<>(Kind.class);
    List<String> violations = new ArrayList<>();
    ELSEWHERE.handle(r -> Answer.of(200, "{\"items\":[]}"));
    for (Kind kind : Kind.values()) {
      FakeClock clock = new FakeClock();
      RecordingSleeper sleeper = new RecordingSleeper(clock);
      try (PartnerCenterClient client = TestClients.builder(PC.baseUrl(), clock, sleeper).noRateLimit()
          .maxResponseBytes(1024 * 1024).build()) {
        for (int i = 0; i < CASES_PER_KIND; i++) {
          long caseSeed = seeds.nextLong();
          String outcome = runCase(client, kind, caseSeed, violations);
          outcomes.computeIfAbsent(kind, k -> new TreeMap<>()).merge(outcome, 1, Integer::sum);
        }
      }
    }
    outcomes.forEach((kind, counts) -> System.out.println("fuzz " + kind + ": " + counts));

    assertThat(violations).isEmpty();
    for (Kind kind : Kind.values()) {
      Map<String, Integer> counts = outcomes.get(kind);
      assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(CASES_PER_KIND);
      // the generator must reach both ends: answers that parse and answers that fail
      assertThat(counts.getOrDefault("ok", 0)).as(kind + " parsed").isPositive();
      assertThat(counts.size()).as(kind + " outcomes").isGreaterThan(2);
    }
  }

  private String runCase(PartnerCenterClient client, Kind kind, long caseSeed, List<String> violations) {
    Random rnd = new Random(caseSeed);
    String tag = kind + " case seed " + caseSeed;
    PC.reset();
    ELSEWHERE.reset();
    AtomicInteger requests = new AtomicInteger();
    Function<Received, Answer> script = script(kind, rnd);
    PC.handle(r -> requests.incrementAndGet() > MAX_REQUESTS_PER_CASE ? Answer.of(404, "{\"code\":\"Gone\"}")
        : script.apply(r));
    CapturingLogs.start();
    long started = System.nanoTime();
    Throwable thrown = null;
    try {
      assertTimeoutPreemptively(Duration.ofSeconds(20), () -> call(client, kind), tag + " took too long");
    } catch (PartnerCenterException e) {
      thrown = e;
    } catch (Throwable e) {
      thrown = e;
      violations.add(tag + ": untyped " + e);
    }
    // Apache HttpClient's own DEBUG loggers print request lines with their query strings (blob SAS signatures)
    // by design; csp-sdk's README says to keep them above DEBUG. Everything csp-sdk logs is checked.
    List<String> logs = CapturingLogs.stop().stream().filter(e -> !e.contains(" org.apache.hc."))
        .collect(java.util.stream.Collectors.toList());
    long ms = (System.nanoTime() - started) / 1_000_000;
    if (ms > 1000) {
      System.out.println("slow " + tag + ": " + ms + " ms, " + thrown);
    }
    List<String> texts = new ArrayList<>(logs);
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      texts.add(t.toString());
    }
    for (String secret : SECRETS) {
      texts.stream().filter(t -> t.contains(secret)).findFirst().ifPresent(t ->
          violations.add(tag + ": a secret reached a log line or exception message: " + t));
    }
    for (Received r : PC.received()) {
      if (!kind.methods.contains(r.method())) {
        violations.add(tag + ": sent " + r.method() + " " + r.uri());
      }
    }
    for (Received r : ELSEWHERE.received()) {
      if (kind != Kind.BLOB_STREAM || r.headers().containsKey("authorization")) {
        violations.add(tag + ": sent " + r.method() + " to another origin"
            + (r.headers().containsKey("authorization") ? " with credentials" : ""));
      }
    }
    return thrown == null ? "ok" : thrown.getClass().getSimpleName();
  }

  private static void call(PartnerCenterClient client, Kind kind) {
    switch (kind) {
      case GET:
        client.customers().get("c1");
        break;
      case LIST:
        client.customers().list().stream().count();
        break;
      case OFFSET_LIST:
        client.invoices().list().stream().count();
        break;
      case CREATE:
        client.carts("c1").create(NewCart.builder().addLineItems(CartLineItem.builder().id(0)
            .catalogItemId("CFQ7TTC0LH18:0001:CFQ7TTC0K5DJ").quantity(3).billingCycle(BillingCycle.MONTHLY)
            .termDuration(TermDuration.P1Y).build()).build());
        break;
      case PATCH_202:
        client.subscriptions("c1").changeQuantity("s1", 5, RequestOptions.builder()
            .timeout(Duration.ofMinutes(10)).build());
        break;
      case EXPORT_POLL:
        client.invoices().exportBilled("G1", AttributeSet.FULL).waitForCompletion(Duration.ofMinutes(10));
        break;
      case BLOB_STREAM:
        ReconciliationExport export = client.invoices().exportBilled("G1", AttributeSet.FULL);
        export.waitForCompletion(Duration.ofMinutes(10));
        try (var items = export.lineItems()) {
          items.count();
        }
        break;
      default:
        throw new IllegalStateException(kind.toString());
    }
  }

  // ---- the server's side of one case

  private static Function<Received, Answer> script(Kind kind, Random rnd) {
    switch (kind) {
      case GET:
        return r -> json(rnd, customer(rnd));
      case LIST:
        return r -> json(rnd, page(rnd, customer(rnd)));
      case OFFSET_LIST:
        return r -> json(rnd, offsetPage(rnd));
      case CREATE:
        return r -> json(rnd, cart(rnd)).withStatusIfOk(rnd.nextInt(3) == 0 ? 201 : 200);
      case PATCH_202:
        return r -> r.method().equals("GET") && r.uri().endsWith("/subscriptions/s1") && rnd.nextInt(5) > 0
            ? Answer.of(200, subscription(rnd)) : patchAnswer(rnd);
      case EXPORT_POLL:
      case BLOB_STREAM:
        return r -> exportAnswer(rnd, r, kind == Kind.BLOB_STREAM);
      default:
        throw new IllegalStateException(kind.toString());
    }
  }

  private static Answer patchAnswer(Random rnd) {
    switch (rnd.nextInt(5)) {
      case 0:
        return json(rnd, subscription(rnd));
      case 1:
      case 2:
        return withRetryAfter(rnd, Answer.of(202, rnd.nextBoolean() ? "" : "{}")
            .header("Location", location(rnd, "/v1/customers/c1/subscriptions/s1/operations/" + rnd.nextInt(3))));
      case 3:
        return Answer.of(rnd.nextBoolean() ? 204 : 412, "");
      default:
        return status(rnd);
    }
  }

  private static Answer exportAnswer(Random rnd, Received r, boolean blobs) {
    if (r.method().equals("POST")) {
      return rnd.nextInt(8) == 0 ? status(rnd) : withRetryAfter(rnd, Answer.of(202, "").header("Location",
          rnd.nextInt(6) == 0 ? location(rnd, "/graph/v1.0/operations/op1")
              : PC.baseUrl() + "/graph/v1.0/reports/partners/billing/operations/op1"));
    }
    if (r.uri().startsWith("/blobs/")) {
      return blob(rnd);
    }
    if (r.uri().contains("/manifests/")) {
      return json(rnd, manifest(rnd, blobs));
    }
    if (blobs && rnd.nextInt(6) > 0) {
      return Answer.of(200, "{\"id\":\"op1\",\"status\":\"succeeded\",\"resourceLocation\":" + manifest(rnd, true)
          + "}");
    }
    switch (rnd.nextInt(6)) {
      case 0:
        return withRetryAfter(rnd, Answer.of(200, "{\"id\":\"op1\",\"status\":\"running\"}"));
      case 1:
        return json(rnd, "{\"id\":\"op1\",\"status\":\"succeeded\",\"resourceLocation\":" + manifest(rnd, blobs)
            + "}");
      case 2:
        return json(rnd, "{\"id\":\"op1\",\"status\":\"succeeded\",\"resourceLocation@odata.navigationLink\":\""
            + location(rnd, PC.baseUrl() + "/graph/v1.0/manifests/m1") + "\"}");
      case 3:
        return json(rnd, "{\"id\":\"op1\",\"status\":\"failed\",\"error\":{\"code\":\"x\",\"message\":\"y\"}}");
      case 4:
        return withRetryAfter(rnd, Answer.of(202, ""));
      default:
        return status(rnd);
    }
  }

  // ---- documents

  private static String customer(Random rnd) {
    return "{\"id\":\"c" + rnd.nextInt(1000) + "\",\"companyProfile\":{\"companyName\":\"Contoso\",\"domain\":"
        + "\"contoso.onmicrosoft.com\"},\"billingProfile\":{\"email\":\"a@b.c\",\"culture\":\"en-US\"},"
        + "\"relationshipToPartner\":\"reseller\",\"password\":\"" + PASSWORD + "\",\"attributes\":"
        + "{\"objectType\":\"Customer\"}}";
  }

  private static String cart(Random rnd) {
    return "{\"id\":\"cart" + rnd.nextInt(100) + "\",\"creationTimestamp\":\"2024-01-01T00:00:00Z\","
        + "\"lastModifiedTimestamp\":\"2024-02-01T10:00:00\",\"lineItems\":[{\"id\":0,\"catalogItemId\":"
        + "\"CFQ7TTC0LH18:0001:CFQ7TTC0K5DJ\",\"quantity\":3,\"billingCycle\":\"monthly\",\"termDuration\":\"P1Y\"}],"
        + "\"clientSecret\":\"" + CLIENT_SECRET + "\"}";
  }

  private static String subscription(Random rnd) {
    return "{\"id\":\"s1\",\"offerId\":\"o1\",\"billingCycle\":\"monthly\",\"quantity\":" + (1 + rnd.nextInt(10))
        + ",\"status\":\"active\",\"autoRenewEnabled\":"
        + "true,\"creationDate\":\"2024-01-01T00:00:00Z\",\"commitmentEndDate\":\"2025-01-01\",\"attributes\":"
        + "{\"etag\":\"e" + rnd.nextInt(9) + "\",\"objectType\":\"Subscription\"},\"password\":\"" + PASSWORD + "\"}";
  }

  private static String invoice(Random rnd) {
    return "{\"id\":\"G" + rnd.nextInt(100_000) + "\",\"invoiceDate\":\"2024-01-01T00:00:00Z\",\"totalCharges\":"
        + rnd.nextInt(1000) + ".25,\"paidAmount\":\"1.5\",\"currencyCode\":\"EUR\",\"invoiceType\":\"Recurring\"}";
  }

  private static String page(Random rnd, String item) {
    StringBuilder sb = new StringBuilder("{\"totalCount\":1,\"items\":[").append(item).append("]");
    if (rnd.nextInt(3) > 0) {
      sb.append(",\"links\":{\"next\":{\"uri\":\"").append(escape(nextLink(rnd))).append("\"");
      String method = pick(rnd, "GET", "GET", "get", null, "DELETE", "POST", "PATCH", "", "BREW");
      if (method != null) {
        sb.append(",\"method\":\"").append(method).append("\"");
      }
      sb.append(",\"headers\":[").append(pick(rnd, "", "{\"key\":\"MS-ContinuationToken\",\"value\":\"t\"}",
          "{\"key\":\"Authorization\",\"value\":\"Bearer x\"}", "{\"key\":\"MS-ContinuationToken\",\"value\":"
              + "\"a\\r\\nX-Injected: 1\"}", "{\"key\":null,\"value\":null}", "null")).append("]}}");
    }
    return sb.append(",\"attributes\":{\"objectType\":\"Collection\"}}").toString();
  }

  private static String offsetPage(Random rnd) {
    int n = rnd.nextInt(4);
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < n; i++) {
      items.append(i == 0 ? "" : ",").append(invoice(rnd));
    }
    String total = pick(rnd, "", ",\"totalCount\":" + rnd.nextInt(500), ",\"totalCount\":-1",
        ",\"totalCount\":\"x\"");
    String links = rnd.nextInt(4) == 0 ? ",\"links\":{\"next\":{\"uri\":\"" + escape(nextLink(rnd)) + "\"}}" : "";
    return "{\"items\":[" + items + "]" + total + links + "}";
  }

  private static String manifest(Random rnd, boolean blobs) {
    String root = rnd.nextInt(5) > 0 ? PC.baseUrl() + "/blobs/G1" : pick(rnd, ELSEWHERE.baseUrl() + "/blobs/G1",
        "https://blobs.example.invalid/x", "http://blobs.example.invalid/x", "blob store/x", "%zz", "",
        "https://[bad/x", PC.baseUrl() + "/blobs/a b", "ftp://x/y");
    String names = blobs ? pick(rnd, "{\"name\":\"part-0.json.gz\"}",
        "{\"name\":\"part-0.json.gz\"},{\"name\":\"part-1.json.gz\"}", "{\"name\":\"../x?y=%zz\"}",
        "{\"name\":\"\"}", "{\"name\":null}") : "{\"name\":\"part-0.json.gz\"}";
    return "{\"id\":\"m1\",\"schemaVersion\":\"2\",\"dataFormat\":\"compressedJSON\",\"createdDateTime\":"
        + "\"2024-02-01T00:00:00Z\",\"rootDirectory\":\"" + escape(root) + "\",\"sasToken\":\"sv=2023-11-03&sr=c&sig="
        + SIG + "\",\"blobCount\":1,\"blobs\":[" + names + "]}";
  }

  private static String lineItem(Random rnd) {
    return "{\"PartnerId\":\"p1\",\"CustomerId\":\"c" + rnd.nextInt(100) + "\",\"SubscriptionId\":\"s1\","
        + "\"ChargeType\":\"cycleCharge\",\"UnitPrice\":\"22.5\",\"BillableQuantity\":3,\"Subtotal\":\"57.38\","
        + "\"ChargeStartDate\":\"2024-01-14T00:00:00Z\",\"Currency\":\"EUR\"}";
  }

  // ---- mutations

  private static Answer json(Random rnd, String valid) {
    int roll = rnd.nextInt(100);
    if (roll < 35) {
      return Answer.of(200, valid);
    }
    if (roll < 45) {
      return Answer.of(200, valid.substring(0, rnd.nextInt(valid.length())));
    }
    if (roll < 53) {
      return Answer.of(200, wrongType(rnd, valid));
    }
    if (roll < 57) {
      return Answer.of(200, valid.replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"x\",\"n\":" + "9".repeat(1200)));
    }
    if (roll < 60) {
      return Answer.of(200, pick(rnd, "[".repeat(50_000), "{\"a\":".repeat(5_000), "[".repeat(900) + "]".repeat(900)));
    }
    if (roll < 61) {
      return Answer.of(200, "{\"id\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}");
    }
    if (roll < 63) {
      return Answer.of(200, valid.replaceFirst("\"id\":\"", "\"id\":\"" + "y".repeat(300_000)));
    }
    if (roll < 67) {
      return new Answer(200, Map.of("Content-Type", "application/json"), invalidUtf8(rnd, valid), -1);
    }
    if (roll < 72) {
      return Answer.of(200, pick(rnd, "", " ", "null", "\"\"", "[]", "{}", "0", "true"));
    }
    if (roll < 77) {
      return Answer.of(200, valid.replaceAll("\"20\\d\\d-\\d\\d-\\d\\d[^\"]*\"",
          pick(rnd, "\"2024-13-45T99:00:00Z\"", "\"yesterday\"", "\"0000-00-00\"", "\"\"", "12345", "null",
              "\"2024-02-30\"", "\"+999999999-12-31T23:59:59Z\"")));
    }
    if (roll < 82) {
      return new Answer(500 + rnd.nextInt(4), Map.of("Content-Type", "text/html"),
          "<html><body><h1>Service Unavailable</h1></body></html>".getBytes(StandardCharsets.UTF_8), -1);
    }
    if (roll < 86) {
      byte[] body = rnd.nextBoolean() ? valid.getBytes(StandardCharsets.UTF_8)
          : concat(new byte[] {0x1f, (byte) 0x8b, 8, 0}, randomBytes(rnd, 40));
      return new Answer(200, Map.of("Content-Type", "application/json", "Content-Encoding", "gzip"), body, -1);
    }
    if (roll < 90) {
      return new Answer(200, Map.of("Content-Type", "application/json", "Content-Encoding", "gzip"),
          gzip(valid.getBytes(StandardCharsets.UTF_8)), -1);
    }
    if (roll < 93) {
      byte[] body = valid.getBytes(StandardCharsets.UTF_8);
      return new Answer(200, Map.of("Content-Type", "application/json"), body, rnd.nextInt(body.length));
    }
    return status(rnd);
  }

  private static String wrongType(Random rnd, String valid) {
    String field = pick(rnd, "id", "quantity", "items", "companyProfile", "totalCount", "status", "lineItems",
        "attributes", "blobs", "rootDirectory", "invoiceDate", "totalCharges", "links", "resourceLocation");
    String value = pick(rnd, "[]", "{}", "1e999", "true", "\"x\"", "null", "-0", "[null]", "{\"a\":[1,{}]}");
    return valid.replaceFirst("\"" + field + "\":", "\"" + field + "\":" + value + ",\"was_" + field + "\":");
  }

  private static Answer status(Random rnd) {
    int status = pick(rnd, 400, 401, 403, 404, 409, 412, 429, 500, 502, 503, 504, 302, 418);
    Answer a = Answer.of(status, pick(rnd, "", "{\"code\":\"1000\",\"description\":\"bad\"}",
        "{\"statusCode\":429,\"message\":\"Rate limit\"}", "<html>err</html>", "{\"error\":{\"code\":1}}"));
    if (status == 302) {
      a = a.header("Location", location(rnd, "/v1/elsewhere"));
    }
    return withRetryAfter(rnd, a);
  }

  private static Answer withRetryAfter(Random rnd, Answer a) {
    if (rnd.nextBoolean()) {
      return a;
    }
    return a.header("Retry-After", pick(rnd, "0", "1", "30", "-5", "abc", "9223372036854775807",
        "99999999999999999999", "Wed, 21 Oct 2015 07:28:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT", ""));
  }

  private static String nextLink(Random rnd) {
    return pick(rnd, "/customers?page=" + rnd.nextInt(5), "/v1/customers?page=" + rnd.nextInt(5),
        PC.baseUrl() + "/v1/customers?page=" + rnd.nextInt(5), ELSEWHERE.baseUrl() + "/v1/customers",
        "//127.0.0.1:" + port(ELSEWHERE) + "/v1/customers", "/customers?x=%zz", "/cust omers", "javascript:alert(1)",
        "http://", "https://[bad/x", "ftp://x/y", "/customers?q=\u0000", "https://api.partnercenter.microsoft.com/v1/x",
        "http://" + "a".repeat(300) + "/x");
  }

  private static String location(Random rnd, String valid) {
    return pick(rnd, valid, valid, valid, ELSEWHERE.baseUrl() + "/v1/operations/1",
        "//127.0.0.1:" + port(ELSEWHERE) + "/x", "/v1/operations/%zz", "/v1/oper ations/1", "http://", "",
        "https://graph.microsoft.com/v1.0/x", "mailto:x@y");
  }

  private static Answer blob(Random rnd) {
    StringBuilder lines = new StringBuilder();
    int n = rnd.nextInt(30);
    int broken = rnd.nextInt(3) == 0 ? rnd.nextInt(Math.max(1, n)) : -1;
    for (int i = 0; i < n; i++) {
      String line = lineItem(rnd);
      if (i == broken) {
        line = rnd.nextBoolean() ? line.substring(0, rnd.nextInt(line.length()))
            : wrongType(rnd, line.replace("\"Subtotal\":", "\"quantity\":"));
      }
      lines.append(line).append(rnd.nextInt(5) == 0 ? "\r\n" : "\n");
    }
    byte[] plain = lines.toString().getBytes(StandardCharsets.UTF_8);
    byte[] gz = gzip(plain);
    switch (rnd.nextInt(9)) {
      case 0:
        return new Answer(200, Map.of(), plain, -1);
      case 1:
        return new Answer(200, Map.of(), java.util.Arrays.copyOf(gz, Math.max(1, gz.length / 2)), -1);
      case 2:
        byte[] corrupt = gz.clone();
        for (int i = 10; i < corrupt.length; i += 3 + rnd.nextInt(5)) {
          corrupt[i] ^= (byte) (1 + rnd.nextInt(255));
        }
        return new Answer(200, Map.of(), corrupt, -1);
      case 3:
        return new Answer(200, Map.of(), gz, rnd.nextInt(Math.max(1, gz.length)));
      case 4:
        return new Answer(200, Map.of(), gzip(new byte[4 * 1024 * 1024]), -1);
      case 5:
        return new Answer(200, Map.of(), concat(gz, invalidUtf8(rnd, lineItem(rnd))), -1);
      case 6:
        return status(rnd);
      default:
        return new Answer(200, Map.of(), gz, -1);
    }
  }

  // ---- helpers

  @SafeVarargs
  private static <T> T pick(Random rnd, T... options) {
    return options[rnd.nextInt(options.length)];
  }

  private static int port(LoopbackServer server) {
    return Integer.parseInt(server.baseUrl().substring(server.baseUrl().lastIndexOf(':') + 1));
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static byte[] invalidUtf8(Random rnd, String valid) {
    byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
    int at = valid.indexOf("\"id\":\"");
    int pos = at < 0 ? bytes.length / 2 : at + 6;
    byte[] bad = pick(rnd, new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xED,
        (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF0, (byte) 0x9F});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, pos);
    out.write(bad, 0, bad.length);
    out.write(bytes, pos, bytes.length - pos);
    return out.toByteArray();
  }

  private static byte[] randomBytes(Random rnd, int n) {
    byte[] b = new byte[n];
    rnd.nextBytes(b);
    return b;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  private static byte[] gzip(byte[] data) {
    return HostileAnswersTest.gzip(data);
  }
}
