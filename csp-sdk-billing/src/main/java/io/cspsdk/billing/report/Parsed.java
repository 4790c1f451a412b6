package io.cspsdk.billing.report;

import io.cspsdk.core.model.BillingCycle;
import io.cspsdk.core.model.TermDuration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the few distinct spellings of billing frequency and term found in reconciliation files, remembering up
 * to {@value #MAX_CACHED} of each so that millions of lines do not parse the same text again.
 */
final class Parsed {
  private static final int MAX_CACHED = 256;
  private static final Pattern TERM = Pattern.compile("(?i)^\\s*(\\d+)\\s*(year|month)");
  private static final Map<String, Optional<TermDuration>> TERMS = new ConcurrentHashMap<>();
  private static final Map<String, BillingCycle> CYCLES = new ConcurrentHashMap<>();

  private Parsed() {}

  /** "1 Year Subscription - Monthly Billing" → P1Y; "1 Month ..." → P1M; "3 Years ..." → P3Y. */
  static Optional<TermDuration> term(String termAndBillingCycle) {
    Optional<TermDuration> t = TERMS.get(termAndBillingCycle);
    if (t == null) {
      t = parseTerm(termAndBillingCycle);
      if (TERMS.size() < MAX_CACHED) {
        TERMS.put(termAndBillingCycle, t);
      }
    }
    return t;
  }

  static BillingCycle billingCycle(String billingFrequency) {
    BillingCycle c = CYCLES.get(billingFrequency);
    if (c == null) {
      c = BillingCycle.of(billingFrequency);
      if (CYCLES.size() < MAX_CACHED) {
        CYCLES.put(billingFrequency, c);
      }
    }
    return c;
  }

  private static Optional<TermDuration> parseTerm(String text) {
    Matcher m = TERM.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String unit = m.group(2).toLowerCase(Locale.ROOT).startsWith("y") ? "Y" : "M";
    return Optional.of(TermDuration.of("P" + m.group(1) + unit));
  }
}
