package io.cspsdk.testkit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Serves the fake Partner Center as a standalone process, for tools in any language:
 * {@code --port 8080 --scenario scenario.json --seed 42 --page-size 50 --real-latency}. Partner Center lives under
 * {@code /v1}, Graph exports under {@code /v1.0}, admin endpoints under {@code /_fake/}. Stops on Ctrl-C.
 */
public final class FakePartnerCenterMain {
  private FakePartnerCenterMain() {}

  public static void main(String[] args) throws InterruptedException {
    FakePartnerCenter fake;
    try {
      fake = start(args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(usage());
      System.exit(2);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      fake.close();
      stopped.countDown();
    }, "fake-partner-center-shutdown"));
    System.out.println("Fake Partner Center listening on " + fake.endpoint() + " (Graph: " + fake.graphEndpoint()
        + ", admin: " + fake.baseUri() + "/_fake/)");
    stopped.await();
  }

  static String usage() {
    return "usage: FakePartnerCenterMain [--port N] [--scenario file.json] [--seed N] [--page-size N] "
        + "[--real-latency]";
  }

  /** Parses the arguments and starts serving; the caller closes the returned fake. */
  public static FakePartnerCenter start(String... args) {
    int port = 8080;
    Scenario scenario = null;
    Long seed = null;
    Integer pageSize = null;
    boolean realLatency = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--port" -> port = intArg(a, value(args, ++i, a));
        case "--scenario" -> scenario = Scenario.read(Path.of(value(args, ++i, a)));
        case "--seed" -> seed = (long) intArg(a, value(args, ++i, a));
        case "--page-size" -> pageSize = intArg(a, value(args, ++i, a));
        case "--real-latency" -> realLatency = true;
        default -> throw new IllegalArgumentException("unknown argument " + a);
      }
    }
    FakePartnerCenter.Builder b = FakePartnerCenter.builder().port(port);
    if (scenario != null) {
      b.scenario(scenario);
    }
    if (seed != null) {
      b.seed(seed);
    }
    if (pageSize != null) {
      b.maxPageSize(pageSize);
    }
    if (realLatency) {
      b.sleeper(FakePartnerCenterMain::sleep);
    }
    return b.build().start();
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

  private static int intArg(String name, String v) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be an integer, was " + v);
    }
  }
}
