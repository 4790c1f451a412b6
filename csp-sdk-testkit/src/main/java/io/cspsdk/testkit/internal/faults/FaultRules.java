package io.cspsdk.testkit.internal.faults;

import java.util.ArrayList;
import java.util.List;

/** The active fault rules; the first rule that fires for a request wins. */
public final class FaultRules {
  private final List<FaultRule> rules = new ArrayList<>();

  public synchronized void add(FaultRule rule) {
    rules.add(rule);
  }

  public synchronized void clear() {
    rules.clear();
  }

  public synchronized boolean isEmpty() {
    return rules.isEmpty();
  }

  /** The action of the first rule that fires, or null. */
  public synchronized FaultAction match(String method, String path) {
    if (rules.isEmpty()) {
      return null;
    }
    for (FaultRule r : rules) {
      if (r.fires(method, path)) {
        return r.action();
      }
    }
    return null;
  }
}
