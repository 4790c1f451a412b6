package io.cspsdk.testkit;

import io.cspsdk.testkit.internal.faults.PathPattern;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/** AssertJ assertions over the requests a fake received. */
public final class FakePartnerCenterAssert extends AbstractAssert<FakePartnerCenterAssert, FakePartnerCenter> {

  FakePartnerCenterAssert(FakePartnerCenter actual) {
    super(actual, FakePartnerCenterAssert.class);
  }

  /**
   * The requests with this method ({@code "*"} for any) whose normalised path matches {@code pathPattern}
   * ({@code *} one segment, trailing {@code **} any rest); fails if there are none.
   */
  public ReceivedRequests received(String method, String pathPattern) {
    isNotNull();
    List<RecordedRequest> matching = matching(method, pathPattern);
    if (matching.isEmpty()) {
      failWithMessage("Expected the fake to have received %s %s but it received:%n%s", method, pathPattern,
          describe(actual.requests()));
    }
    return new ReceivedRequests(this, method + " " + pathPattern, matching);
  }

  /** Fails if any request with this method and path pattern was received. */
  public FakePartnerCenterAssert receivedNo(String method, String pathPattern) {
    isNotNull();
    List<RecordedRequest> matching = matching(method, pathPattern);
    if (!matching.isEmpty()) {
      failWithMessage("Expected no %s %s but the fake received:%n%s", method, pathPattern, describe(matching));
    }
    return this;
  }

  /** Fails unless exactly {@code n} requests were received in all. */
  public FakePartnerCenterAssert receivedRequestCount(int n) {
    isNotNull();
    int count = actual.requests().size();
    if (count != n) {
      failWithMessage("Expected %s requests but the fake received %s:%n%s", n, count, describe(actual.requests()));
    }
    return this;
  }

  private List<RecordedRequest> matching(String method, String pathPattern) {
    PathPattern p = new PathPattern(pathPattern);
    String m = method.toUpperCase(Locale.ROOT);
    return actual.requests().stream().filter(r -> (m.equals("*") || r.method().equals(m)) && p.matches(r.path()))
        .toList();
  }

  static String describe(List<RecordedRequest> requests) {
    StringBuilder sb = new StringBuilder();
    for (RecordedRequest r : requests) {
      sb.append("  ").append(r).append(System.lineSeparator());
    }
    return sb.length() == 0 ? "  (nothing)" : sb.toString();
  }

  /** The requests matching one {@code received(...)} call. */
  public static final class ReceivedRequests {
    private final FakePartnerCenterAssert parent;
    private final String what;
    private final List<RecordedRequest> requests;

    ReceivedRequests(FakePartnerCenterAssert parent, String what, List<RecordedRequest> requests) {
      this.parent = parent;
      this.what = what;
      this.requests = requests;
    }

    public ReceivedRequests times(int n) {
      if (requests.size() != n) {
        parent.failWithMessage("Expected %s %s time(s) but got %s:%n%s", what, n, requests.size(),
            describe(requests));
      }
      return this;
    }

    public ReceivedRequests atLeast(int n) {
      if (requests.size() < n) {
        parent.failWithMessage("Expected %s at least %s time(s) but got %s", what, n, requests.size());
      }
      return this;
    }

    /** Every matching request carries this header. */
    public ReceivedRequests withHeader(String name) {
      return allMatch(r -> r.header(name).isPresent(), "a header " + name);
    }

    /** Every matching request carries this header with this value. */
    public ReceivedRequests withHeader(String name, String value) {
      return allMatch(r -> r.header(name).filter(value::equals).isPresent(), name + ": " + value);
    }

    /** All matching requests carry the same value of this header (e.g. MS-RequestId across retries). */
    public ReceivedRequests withSameHeader(String name) {
      withHeader(name);
      long distinct = requests.stream().map(r -> r.header(name).orElse(null)).distinct().count();
      if (distinct != 1) {
        parent.failWithMessage("Expected every %s to carry the same %s but saw %s values", what, name, distinct);
      }
      return this;
    }

    /** Every matching request's query contains this text (e.g. {@code "seekOperation=Next"}). */
    public ReceivedRequests withQueryContaining(String text) {
      return allMatch(r -> r.query() != null && r.query().contains(text), "a query containing " + text);
    }

    /** Every matching request's body contains this text. */
    public ReceivedRequests withBodyContaining(String text) {
      return allMatch(r -> r.body().contains(text), "a body containing " + text);
    }

    /** The matching requests, for further assertions. */
    public List<RecordedRequest> requests() {
      return requests;
    }

    public FakePartnerCenterAssert and() {
      return parent;
    }

    private ReceivedRequests allMatch(Predicate<RecordedRequest> p, String description) {
      Objects.requireNonNull(p);
      for (RecordedRequest r : requests) {
        if (!p.test(r)) {
          parent.failWithMessage("Expected every %s to have %s but %s did not", what, description, r);
        }
      }
      return this;
    }
  }
}
