package io.cspsdk.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cspsdk.testkit.FakePartnerCenter;
import io.cspsdk.testkit.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Same seed and seeding give byte-identical state; another seed gives other ids. */
class DeterminismTest {

  private static Scenario scenario() throws Exception {
    return Scenario.read(Path.of(DeterminismTest.class.getResource("/scenarios/two-customers.json").toURI()));
  }

  /** Everything a reader sees: customers, their subscriptions and users, as served over HTTP. */
  private static List<String> snapshot(FakePartnerCenter fake) {
    Http http = new Http(fake.endpoint());
    List<String> out = new ArrayList<>();
    JsonNode customers = http.get("/customers?size=100").json();
    out.add(customers.toString());
    for (JsonNode c : customers.get("items")) {
      String id = c.get("id").asText();
      out.add(http.get("/customers/" + id + "/subscriptions").body());
      out.add(http.get("/customers/" + id + "/users").body());
    }
    return out;
  }

  @Test
  void scenario_sameSeedTwice_servesIdenticalState() throws Exception {
    try (FakePartnerCenter a = FakePartnerCenter.builder().scenario(scenario()).build().start();
        FakePartnerCenter b = FakePartnerCenter.builder().scenario(scenario()).build().start()) {
      a.seed().customers(20);
      b.seed().customers(20);
      List<String> first = snapshot(a);
      assertThat(first).hasSize(1 + 2 * 22);
      assertThat(first.get(1)).contains("CFQ7TTC0LH18");
      assertThat(snapshot(b)).isEqualTo(first);
    }
  }

  @Test
  void reset_reseeding_givesTheSameIdsAgain() throws Exception {
    try (FakePartnerCenter fake = FakePartnerCenter.builder().scenario(scenario()).build().start()) {
      String before = fake.seed().customer("Tailspin").subscription("CFQ7TTC0LH18:0001", 2).lastSubscriptionId();
      List<String> state = snapshot(fake);
      fake.reset();
      String after = fake.seed().customer("Tailspin").subscription("CFQ7TTC0LH18:0001", 2).lastSubscriptionId();
      assertThat(after).isEqualTo(before);
      assertThat(snapshot(fake)).isEqualTo(state);
    }
  }

  @Test
  void differentSeeds_giveDifferentIds() {
    try (FakePartnerCenter a = FakePartnerCenter.builder().seed(1).build();
        FakePartnerCenter b = FakePartnerCenter.builder().seed(2).build()) {
      String idA = a.seed().customer("Contoso").subscription("CFQ7TTC0LH18:0001", 1).lastSubscriptionId();
      String idB = b.seed().customer("Contoso").subscription("CFQ7TTC0LH18:0001", 1).lastSubscriptionId();
      assertThat(idA).isNotEqualTo(idB);
      assertThat(a.seed().customer("Fabrikam").lastCustomerId())
          .isNotEqualTo(b.seed().customer("Fabrikam").lastCustomerId());
    }
  }
}
