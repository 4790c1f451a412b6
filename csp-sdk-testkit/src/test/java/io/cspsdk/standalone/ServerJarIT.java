package io.cspsdk.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The packaged {@code -server.jar}, run as its own process the way a tool in another language would. */
class ServerJarIT {
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)/v1 ");
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static Path jar() {
    Path jar = Path.of(System.getProperty("cspsdk.server.jar", "target/missing-server.jar"));
    assertThat(jar).as("the server jar built by the package phase").isRegularFile();
    return jar;
  }

  private static Process run(String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar().toString()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectErrorStream(false).start();
  }

  private HttpResponse<String> send(String method, String uri, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(10))
        .header("Authorization", "Bearer any-token").header("Content-Type", "application/json");
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void serverJar_withScenarioAndSettings_servesPartnerCenterAndAdminEndpoints() throws Exception {
    Path scenario = Files.createTempFile("scenario", ".json");
    Files.writeString(scenario, "{\"customers\": [{\"companyName\": \"Contoso\"}]}");
    Process p = run("--port", "0", "--scenario", scenario.toString(), "--no-customer-agreement",
        "--rate-limit", "1", "--start", "2026-03-01T00:00:00Z");
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      assertThat(line).isNotNull();
      Matcher m = LISTENING.matcher(line);
      assertThat(m.find()).as(line).isTrue();
      String base = m.group(1);
      HttpResponse<String> customers = send("GET", base + "/v1/customers", null);
      assertThat(customers.statusCode()).isEqualTo(200);
      assertThat(customers.body()).contains("Contoso");
      String id = customers.body().replaceAll("(?s).*?\"id\"\\s*:\\s*\"([0-9a-f-]{36})\".*", "$1");
      HttpResponse<String> order = send("POST", base + "/v1/customers/" + id + "/orders",
          "{\"lineItems\": [{\"offerId\": \"CFQ7TTC0LH18:0001:CFQ7TTC0KCWD\", \"quantity\": 1}]}");
      assertThat(order.statusCode()).as(order.body()).isEqualTo(201);
      HttpResponse<String> throttled = send("GET", base + "/v1/invoices", null);
      assertThat(throttled.statusCode()).isEqualTo(429);
      assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
      assertThat(send("GET", base + "/_fake/clock", null).body()).contains("2026-03-01T00:00:00Z");
    } finally {
      p.destroy();
      assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
      Files.deleteIfExists(scenario);
    }
  }

  @Test
  void serverJar_help_listsEveryOptionAndExitsZero() throws Exception {
    Process p = run("--help");
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(text).contains("--port", "--scenario", "--seed", "--start", "--page-size", "--threads",
        "--no-customer-agreement", "--rate-limit", "--customer-rate-limit", "--rate-limit-wall-clock", "--latency",
        "--route-latency", "--latency-seed", "--real-latency", "--journal-capacity", "--journal-max-body-chars",
        "--max-body-bytes");
  }

  @Test
  void serverJar_missingScenario_exitsTwoNamingTheAbsolutePath() throws Exception {
    Process p = run("--port", "0", "--scenario", "no-such-dir/s.json");
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(err).contains(Path.of("no-such-dir/s.json").toAbsolutePath().toString());
  }
}
