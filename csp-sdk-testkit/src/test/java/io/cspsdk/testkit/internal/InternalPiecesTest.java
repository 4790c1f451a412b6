package io.cspsdk.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.testkit.internal.catalog.Catalog;
import io.cspsdk.testkit.internal.faults.PathPattern;
import io.cspsdk.testkit.internal.state.Ids;
import io.cspsdk.testkit.internal.state.SubscriptionRec;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InternalPiecesTest {

  @Test
  void pathPattern_wildcards_matchSegmentsAndRests() {
    assertThat(new PathPattern("/customers/*").matches("/customers/abc")).isTrue();
    assertThat(new PathPattern("/customers/*").matches("/customers/abc/users")).isFalse();
    assertThat(new PathPattern("/v1/customers/**").matches("/customers/abc/users/x")).isTrue();
    assertThat(new PathPattern("/CUSTOMERS").matches("/customers")).isTrue();
    assertThat(new PathPattern("/customers").matches("/customers/x")).isFalse();
  }

  @Test
  void ids_sameSeed_sameSequence_differentSeed_differentSequence() {
    Ids a = new Ids(1);
    Ids b = new Ids(1);
    Ids c = new Ids(2);
    String first = a.guid();
    assertThat(b.guid()).isEqualTo(first);
    assertThat(c.guid()).isNotEqualTo(first);
    assertThat(first).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(a.invoiceNumber()).isEqualTo("G000000001");
  }

  @Test
  void catalog_findsByFullIdProductSkuOrLegacyOffer_caseInsensitive() {
    Catalog catalog = Catalog.builtIn();
    var basic = catalog.find("cfq7ttc0lh18:0001").orElseThrow();
    assertThat(catalog.find(basic.catalogItemId())).contains(basic);
    assertThat(catalog.find("CFQ7TTC0LH18:0001:WRONG")).isEmpty();
    assertThat(catalog.find(Catalog.legacyOfferId(basic))).contains(basic);
    assertThat(catalog.items()).hasSizeGreaterThanOrEqualTo(12);
  }

  @Test
  void seatLots_onlyRecentSeatsAreRemovable_newestFirst() {
    Instant t0 = Instant.parse("2026-01-05T09:00:00Z");
    SubscriptionRec s = new SubscriptionRec("s", "c", Catalog.builtIn().find("CFQ7TTC0LH18:0001").orElseThrow(),
        "e", t0);
    s.quantity = 10;
    s.termDuration = "P1Y";
    s.startTerm(t0, t0);
    Instant day10 = t0.plus(Duration.ofDays(10));
    assertThat(s.refundableQuantity(day10)).isZero();
    s.addSeats(5, day10);
    s.quantity = 15;
    assertThat(s.refundableQuantity(day10.plus(Duration.ofDays(6)))).isEqualTo(5);
    s.removeSeats(3, day10.plus(Duration.ofDays(6)));
    assertThat(s.refundableQuantity(day10.plus(Duration.ofDays(6)))).isEqualTo(2);
    assertThat(s.refundableQuantity(day10.plus(Duration.ofDays(7)))).isZero();
    assertThat(s.commitmentEndDate()).isEqualTo(Instant.parse("2027-01-04T00:00:00Z"));
  }
}
