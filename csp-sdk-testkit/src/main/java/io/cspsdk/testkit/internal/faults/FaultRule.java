package io.cspsdk.testkit.internal.faults;

import java.util.Random;

/**
 * One fault rule: which requests (method, path pattern), what to do, and when (always, the first N matches,
 * every Nth match, or with a seeded probability).
 */
public final class FaultRule {
  private final String method;
  private final PathPattern pattern;
  private final FaultAction action;
  private final int firstN;
  private final int everyNth;
  private final double probability;
  private final Random random;
  private int seen;
  private int fired;

  public FaultRule(String method, String pattern, FaultAction action, int firstN, int everyNth, double probability,
                   long seed) {
    this.method = method == null ? "*" : method.toUpperCase(java.util.Locale.ROOT);
    this.pattern = new PathPattern(pattern);
    this.action = action;
    this.firstN = firstN;
    this.everyNth = everyNth;
    this.probability = probability;
    this.random = new Random(seed);
  }

  /** Whether this rule fires for the request; counts the match. Called under the rule set's lock. */
  boolean fires(String reqMethod, String path) {
    if (!(method.equals("*") || method.equals(reqMethod)) || !pattern.matches(path)) {
      return false;
    }
    seen++;
    boolean fire;
    if (firstN > 0) {
      fire = fired < firstN;
    } else if (everyNth > 0) {
      fire = seen % everyNth == 0;
    } else if (probability >= 0) {
      fire = random.nextDouble() < probability;
    } else {
      fire = true;
    }
    if (fire) {
      fired++;
    }
    return fire;
  }

  public FaultAction action() {
    return action;
  }

  public synchronized int timesFired() {
    return fired;
  }

  @Override
  public String toString() {
    return method + " " + pattern + " -> " + action;
  }
}
