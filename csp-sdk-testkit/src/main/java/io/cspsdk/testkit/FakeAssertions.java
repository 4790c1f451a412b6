package io.cspsdk.testkit;

/** Entry point of the fake's AssertJ assertions: {@code assertThat(fake).received("GET", "/customers").times(2)}. */
public final class FakeAssertions {
  private FakeAssertions() {}

  public static FakePartnerCenterAssert assertThat(FakePartnerCenter fake) {
    return new FakePartnerCenterAssert(fake);
  }
}
