package io.cspsdk.samples.curl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code samples/scripts/fake-with-curl.sh} as a real child process (bash, curl, and the testkit's shaded
 * server jar, which the reactor packages before this module: samples depends on csp-sdk-testkit) and checks what it
 * printed, and that the server it started is gone afterwards.
 */
class FakeWithCurlIT {
  private static final Pattern STARTED = Pattern.compile("Fake Partner Center at http://127\\.0\\.0\\.1:(\\d+) \\(pid (\\d+)\\)");

  private static Path property(String name) {
    String value = System.getProperty(name);
    assertThat(value).as("system property %s (set by the failsafe configuration in samples/pom.xml)", name)
        .isNotBlank();
    return Path.of(value);
  }

  @Test
  void script_drivesTheStandaloneFakeWithCurl_andStopsIt() throws Exception {
    Path jar = property("cspsdk.server.jar");
    assertThat(jar).as("the testkit's server jar, built by the reactor before samples").isRegularFile();

    Result r = run(property("cspsdk.samples.script").toString(), jar.toString());

    assertThat(r.exitCode).as(r.output).isZero();
    assertThat(r.output).contains(
        "1. Without a token:\n   HTTP 401",
        "3. List customers:\n   totalCount 1, domains: wingtip.onmicrosoft.com",
        "5. List the customer's subscriptions:\n   totalCount 1, offerId CFQ7TTC0LH18:0001:CFQ7TTC0KCWD, quantity 5,"
            + " status active");
    assertThat(r.output).containsPattern("2. Create a customer:\n   customer [0-9a-f-]{36}\n");
    assertThat(r.output).containsPattern("4. Buy 5 seats .*:\n   order [0-9a-f-]{36}\n");
    Matcher started = STARTED.matcher(r.output);
    assertThat(started.find()).as(r.output).isTrue();
    int port = Integer.parseInt(started.group(1));
    long pid = Long.parseLong(started.group(2));
    assertThat(r.output).contains("Stopped the fake (pid " + pid + ")");
    Optional<ProcessHandle> server = ProcessHandle.of(pid);
    assertThat(server.map(ProcessHandle::isAlive)).as("server process %d", pid).satisfiesAnyOf(
        p -> assertThat(p).isEmpty(), p -> assertThat(p).contains(false));
    assertThatThrownBy(() -> {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
      }
    }).isInstanceOf(ConnectException.class);
  }

  @Test
  void script_withoutTheServerJar_exits2AndSaysHowToBuildIt() throws Exception {
    Path missing = Files.createTempDirectory("no-jar").resolve("csp-sdk-testkit-server.jar");

    Result r = run(property("cspsdk.samples.script").toString(), missing.toString());

    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.output).contains("error: no server jar at " + missing,
        "mvn -B -q -pl csp-sdk-testkit -am package -DskipTests");
  }

  private record Result(int exitCode, String output) {}

  private static Result run(String... command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(List.of("bash", command[0], command[1])).redirectErrorStream(true);
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));   // the JDK running this test
    Process p = pb.start();
    CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new AssertionError("the script did not finish within 120 s:\n" + output.getNow("(no output)"));
    }
    return new Result(p.exitValue(), output.join());
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
