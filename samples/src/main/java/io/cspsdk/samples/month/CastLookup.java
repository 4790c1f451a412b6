package io.cspsdk.samples.month;

import java.util.Optional;

/** Finds the story's customers in the mirror by name (plain SQL on {@code pc_customer}). */
final class CastLookup {
  private CastLookup() {}

  static Optional<String> customerId(Story story, String companyName) {
    return MirrorQueries.first(story.db, "SELECT item_key FROM pc_customer WHERE company_name = ? AND removed = FALSE",
        companyName);
  }
}
