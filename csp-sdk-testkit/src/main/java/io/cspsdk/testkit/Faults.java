package io.cspsdk.testkit;

import io.cspsdk.testkit.internal.faults.FaultAction;
import io.cspsdk.testkit.internal.faults.FaultRule;
import io.cspsdk.testkit.internal.faults.FaultRules;
import java.time.Duration;

/**
 * Fault rules of a fake: what to do to requests of one route and method, and when. Example:
 * {@code fake.faults().on("GET", "/customers").throttle(Duration.ofSeconds(2)).times(2)}.
 * Path patterns are normalised paths ({@code /v1} optional); {@code *} matches one segment, a trailing
 * {@code **} any rest; method {@code "*"} matches all methods. The first rule that fires wins.
 */
public final class Faults {
  private final FaultRules rules;

  Faults(FaultRules rules) {
    this.rules = rules;
  }

  /** Starts a rule for requests of {@code method} (or {@code "*"}) whose path matches {@code pathPattern}. */
  public What on(String method, String pathPattern) {
    return new What(method, pathPattern);
  }

  /** Removes every rule. */
  public void clear() {
    rules.clear();
  }

  /** The fault to inject. */
  public final class What {
    private final String method;
    private final String pattern;

    private What(String method, String pattern) {
      this.method = method;
      this.pattern = pattern;
    }

    /** 429 with {@code Retry-After} and Partner Center's rate-limit body. */
    public When throttle(Duration retryAfter) {
      return new When(method, pattern, new FaultAction(FaultAction.Kind.STATUS, 429, retryAfter, null));
    }

    /** Any status with Partner Center's error body (e.g. 500, 503). */
    public When status(int status) {
      return new When(method, pattern, new FaultAction(FaultAction.Kind.STATUS, status, null, null));
    }

    /** A status with a Retry-After header (e.g. 503 + Retry-After). */
    public When status(int status, Duration retryAfter) {
      return new When(method, pattern, new FaultAction(FaultAction.Kind.STATUS, status, retryAfter, null));
    }

    /** Adds latency through the fake's sleeper (by default it advances the fake clock; nothing really waits). */
    public When latency(Duration latency) {
      return new When(method, pattern, new FaultAction(FaultAction.Kind.LATENCY, 0, null, latency));
    }

    /** Closes the connection without answering, before the request is processed. */
    public When dropConnection() {
      return new When(method, pattern, new FaultAction(FaultAction.Kind.DROP_CONNECTION, 0, null, null));
    }

    /** Processes the request, then closes the connection without answering (a lost response). */
    public When dropResponse() {
      return new When(method, pattern, new FaultAction(FaultAction.Kind.DROP_AFTER_PROCESSING, 0, null, null));
    }

    /** Answers 200 with a truncated JSON body. */
    public When malformedBody() {
      return new When(method, pattern, new FaultAction(FaultAction.Kind.MALFORMED_BODY, 0, null, null));
    }

    /**
     * Answers the request as usual, but item {@code index} of the page's {@code items} gets {@code members} set
     * (added or replaced; values are written as JSON: strings, numbers, booleans, maps, lists, null), e.g.
     * {@code Map.of("quantity", "many")} for a value of the wrong type. The rest of the page is untouched; an answer
     * that is not a page of more than {@code index} items is sent unchanged.
     */
    public When malformedRecord(int index, java.util.Map<String, ?> members) {
      if (index < 0) {
        throw new IllegalArgumentException("index: must be >= 0, was " + index);
      }
      if (members == null || members.isEmpty()) {
        throw new IllegalArgumentException("members: at least one member to set");
      }
      java.util.Map<String, Object> copy = new java.util.LinkedHashMap<>(members);
      return new When(method, pattern, new FaultAction(FaultAction.Kind.MALFORMED_RECORD, 0, null, null, index,
          java.util.Collections.unmodifiableMap(copy)));
    }
  }

  /** When the fault fires; each method installs the rule. */
  public final class When {
    private final String method;
    private final String pattern;
    private final FaultAction action;

    private When(String method, String pattern, FaultAction action) {
      this.method = method;
      this.pattern = pattern;
      this.action = action;
    }

    public void once() {
      times(1);
    }

    /** The first {@code n} matching requests. */
    public void times(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("times: must be at least 1, was " + n);
      }
      rules.add(new FaultRule(method, pattern, action, n, 0, -1, 0));
    }

    /** Every {@code n}th matching request (the nth, 2nth, ...). */
    public void everyNth(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("everyNth: must be at least 1, was " + n);
      }
      rules.add(new FaultRule(method, pattern, action, 0, n, -1, 0));
    }

    /** Each matching request with probability {@code p}, drawn from a generator seeded with {@code seed}. */
    public void withProbability(double p, long seed) {
      if (p < 0 || p > 1) {
        throw new IllegalArgumentException("probability: must be within [0, 1], was " + p);
      }
      rules.add(new FaultRule(method, pattern, action, 0, 0, p, seed));
    }

    /** Every matching request. */
    public void always() {
      rules.add(new FaultRule(method, pattern, action, 0, 0, -1, 0));
    }
  }
}
