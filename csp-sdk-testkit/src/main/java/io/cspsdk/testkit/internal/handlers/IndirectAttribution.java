package io.cspsdk.testkit.internal.handlers;

import io.cspsdk.testkit.internal.server.ApiError;
import io.cspsdk.testkit.internal.state.FakeState;

/** The rule for {@code partnerIdOnRecord}: absent, or the MPN id of one of the partner's indirect resellers. */
final class IndirectAttribution {
  private IndirectAttribution() {}

  static void check(FakeState state, String partnerIdOnRecord) {
    if (partnerIdOnRecord != null && state.resellerByMpnId(partnerIdOnRecord) == null) {
      throw ApiError.invalidInput("partnerIdOnRecord " + partnerIdOnRecord
          + " is not the MPN id of one of your indirect resellers.");
    }
  }
}
