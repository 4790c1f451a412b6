package io.cspsdk.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the fake Partner Center as a standalone process, for tools in any language:
 * {@code java -jar csp-sdk-testkit-<version>-server.jar --port 8080 --scenario s.json} (see {@link #usage()} for
 * every option). Partner Center lives under {@code /v1}, Graph exports and price sheets under {@code /v1.0}, admin
 * endpoints under {@code /_fake/}. Stops on Ctrl-C.
 */
public final class FakePartnerCenterMain {
  private static final Pattern LATENCY = Pattern.compile(
      "(\\d+)ms(?:-(\\d+)ms)?|lognormal:(\\d+)ms:(\\d+)ms", Pattern.CASE_INSENSITIVE);

  private FakePartnerCenterMain() {}

  public static void main(String[] args) throws InterruptedException {
    for (String a : args) {
      if (a.equals("--help") || a.equals("-h")) {
        System.out.println(usage());
        return;
      }
    }
    FakePartnerCenter fake;
    try {
      fake = start(args);
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println("(--help lists the options)");
      System.exit(2);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      fake.close();
      stopped.countDown();
    }, "fake-partner-center-shutdown"));
    System.out.println("Fake Partner Center listening on " + fake.endpoint() + " (Graph and price sheets: "
        + fake.graphEndpoint() + ", admin: " + fake.baseUri() + "/_fake/)");
    System.out.flush();
    stopped.await();
  }

  /** The options, one per line. */
  public static String usage() {
    return String.join("\n",
        "usage: java -jar csp-sdk-testkit-<version>-server.jar [options]",
        "",
        "  --port N                    port to listen on (default 8080; 0 = any free port)",
        "  --scenario FILE             JSON scenario to seed (applied again on POST /_fake/reset)",
        "  --seed N                    seed of the generated ids (default 42)",
        "  --start INSTANT             where the fake clock starts (default 2026-01-05T09:00:00Z)",
        "  --page-size N               largest page of seek- and offset-paged lists (default 50)",
        "  --threads N                 server worker threads (default 4)",
        "  --no-customer-agreement     purchases do not need an accepted Microsoft Customer Agreement",
        "  --rate-limit N              requests per minute per tenant key (partner, and partner+customer);",
        "                              beyond it 429 with Retry-After (default: no limit)",
        "  --customer-rate-limit N     a separate limit for each partner+customer key",
        "  --rate-limit-wall-clock     the rate limit's minute passes on the wall clock, not the fake clock",
        "  --latency SPEC              wall-clock latency of every request: 80ms | 40ms-120ms (uniform)",
        "                              | lognormal:80ms:300ms (median, 95th percentile)",
        "  --route-latency \"M P SPEC\"  latency for method M and path pattern P (e.g. \"GET /customers/** 50ms\");",
        "                              repeatable, the first matching route wins, --latency covers the rest",
        "  --latency-seed N            seed of the latency draws (default 42)",
        "  --real-latency              injected latency faults wait on the wall clock",
        "  --journal-capacity N        requests kept in the journal (default 10000; 0 = none)",
        "  --journal-max-body-chars N  request body characters kept in the journal (default 67108864)",
        "  --max-body-bytes N          largest request body accepted; larger ones answer 413 (default 4194304)",
        "  --help                      this text",
        "",
        "Partner Center is under http://127.0.0.1:PORT/v1, Graph and price sheets under /v1.0, admin endpoints",
        "(no token needed) under /_fake/: reset, scenario, clock, clock/advance, clock/set, faults, requests.");
  }

  /**
   * Parses the arguments and starts serving; the caller closes the returned fake. A scenario's own seed, start,
   * page size and agreement rule apply first; the other options override them.
   */
  public static FakePartnerCenter start(String... args) {
    List<Consumer<FakePartnerCenter.Builder>> options = new ArrayList<>();
    Scenario scenario = null;
    Integer rateLimit = null;
    Integer customerRateLimit = null;
    boolean wallClockLimit = false;
    LatencyProfile.Builder latency = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--port" -> {
          var v = intArg(a, value(args, ++i, a));
          options.add(x -> x.port(v));
        }
        case "--scenario" -> scenario = scenario(value(args, ++i, a));
        case "--seed" -> {
          var v = longArg(a, value(args, ++i, a));
          options.add(x -> x.seed(v));
        }
        case "--start" -> {
          var v = new FakeClock(instant(a, value(args, ++i, a)));
          options.add(x -> x.clock(v));
        }
        case "--page-size" -> {
          var v = intArg(a, value(args, ++i, a));
          options.add(x -> x.maxPageSize(v));
        }
        case "--threads" -> {
          var v = intArg(a, value(args, ++i, a));
          options.add(x -> x.threads(v));
        }
        case "--no-customer-agreement" -> options.add(x -> x.requireCustomerAgreement(false));
        case "--rate-limit" -> rateLimit = intArg(a, value(args, ++i, a));
        case "--customer-rate-limit" -> customerRateLimit = intArg(a, value(args, ++i, a));
        case "--rate-limit-wall-clock" -> wallClockLimit = true;
        case "--latency" -> latency = latencyBuilder(latency).otherwise(distribution(a, value(args, ++i, a)));
        case "--route-latency" -> {
          String[] parts = value(args, ++i, a).trim().split("\\s+");
          if (parts.length != 3) {
            throw new IllegalArgumentException("--route-latency: \"METHOD PATTERN SPEC\" expected, was "
                + String.join(" ", parts));
          }
          latency = latencyBuilder(latency).route(parts[0], parts[1], distribution(a, parts[2]));
        }
        case "--latency-seed" -> latency = latencyBuilder(latency).seed(longArg(a, value(args, ++i, a)));
        case "--real-latency" -> options.add(x -> x.sleeper(FakePartnerCenterMain::sleep));
        case "--journal-capacity" -> {
          var v = intArg(a, value(args, ++i, a));
          options.add(x -> x.journalCapacity(v));
        }
        case "--journal-max-body-chars" -> {
          var v = longArg(a, value(args, ++i, a));
          options.add(x -> x.journalMaxBodyChars(v));
        }
        case "--max-body-bytes" -> {
          var v = intArg(a, value(args, ++i, a));
          options.add(x -> x.maxRequestBodyBytes(v));
        }
        default -> throw new IllegalArgumentException("unknown argument " + a);
      }
    }
    FakePartnerCenter.Builder b = FakePartnerCenter.builder().port(8080);
    if (scenario != null) {
      b.scenario(scenario);
    }
    options.forEach(o -> o.accept(b));
    if (rateLimit != null || customerRateLimit != null) {
      RateLimit limit = RateLimit.perMinute(rateLimit != null ? rateLimit : customerRateLimit);
      if (customerRateLimit != null) {
        limit = limit.customerPerMinute(customerRateLimit);
      }
      b.rateLimit(wallClockLimit ? limit.onWallClock() : limit);
    } else if (wallClockLimit) {
      throw new IllegalArgumentException("--rate-limit-wall-clock needs --rate-limit or --customer-rate-limit");
    }
    if (latency != null) {
      b.latencyProfile(latency.build());
    }
    return b.build().start();
  }

  private static Scenario scenario(String file) {
    Path path = Path.of(file).toAbsolutePath().normalize();
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException("--scenario: no such file " + path);
    }
    try {
      return Scenario.read(path);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--scenario " + path + ": " + e.getMessage(), e);
    }
  }

  private static LatencyProfile.Builder latencyBuilder(LatencyProfile.Builder existing) {
    return existing != null ? existing : LatencyProfile.builder();
  }

  static LatencyProfile.Distribution distribution(String option, String spec) {
    Matcher m = LATENCY.matcher(spec.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(option + ": 80ms, 40ms-120ms or lognormal:80ms:300ms expected, was " + spec);
    }
    if (m.group(3) != null) {
      return LatencyProfile.logNormal(Duration.ofMillis(Long.parseLong(m.group(3))),
          Duration.ofMillis(Long.parseLong(m.group(4))));
    }
    Duration min = Duration.ofMillis(Long.parseLong(m.group(1)));
    return m.group(2) == null ? LatencyProfile.fixed(min)
        : LatencyProfile.uniform(min, Duration.ofMillis(Long.parseLong(m.group(2))));
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String value(String[] args, int i, String name) {
    if (i >= args.length) {
      throw new IllegalArgumentException(name + " needs a value");
    }
    return args[i];
  }

  private static Instant instant(String name, String v) {
    try {
      return Instant.parse(v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be an ISO-8601 instant such as 2026-01-05T09:00:00Z, was " + v);
    }
  }

  private static int intArg(String name, String v) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be an integer, was " + v);
    }
  }

  private static long longArg(String name, String v) {
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be an integer, was " + v);
    }
  }
}
