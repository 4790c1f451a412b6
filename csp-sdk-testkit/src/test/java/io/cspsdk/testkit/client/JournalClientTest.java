package io.cspsdk.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.auth.PartnerCredentials;
import io.cspsdk.testkit.FakePartnerCenter;
import io.cspsdk.testkit.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class JournalClientTest {

  @Test
  void requests_beyondCapacity_keepTheLatestInOrder() {
    try (FakePartnerCenter fake = FakePartnerCenter.builder().journalCapacity(3).build().start();
         PartnerCenterClient client = client(fake)) {
      List<String> ids = fake.seed().customers(5).customerIds();

      ids.forEach(id -> client.customers().get(id));

      assertThat(fake.requests()).extracting(RecordedRequest::path)
          .containsExactly("/customers/" + ids.get(2), "/customers/" + ids.get(3), "/customers/" + ids.get(4));
    }
  }

  @Test
  void requests_recordHeadersWithLowerCaseNamesReadableInAnyCase() {
    try (FakePartnerCenter fake = FakePartnerCenter.builder().build().start();
         PartnerCenterClient client = client(fake)) {
      String id = fake.seed().customer("Contoso").lastCustomerId();

      client.customers().get(id);
      client.customers().get(id);

      assertThat(fake.requests()).hasSize(2).allSatisfy(r -> {
        assertThat(r.headers()).containsKeys("ms-requestid", "ms-correlationid", "authorization", "accept");
        assertThat(r.headers().keySet()).allMatch(name -> name.equals(name.toLowerCase(java.util.Locale.ROOT)));
        assertThat(r.header("MS-Contract-Version")).contains("v1");
        assertThat(r.body()).isEmpty();
      });
      assertThat(fake.requests().get(0).header("ms-requestid"))
          .isNotEqualTo(fake.requests().get(1).header("ms-requestid"));
    }
  }

  @Test
  void requests_withCapacityZero_recordNothingButServe() {
    try (FakePartnerCenter fake = FakePartnerCenter.builder().journalCapacity(0).build().start();
         PartnerCenterClient client = client(fake)) {
      String id = fake.seed().customer("Contoso").lastCustomerId();

      assertThat(client.customers().get(id).id()).isEqualTo(id);
      assertThat(fake.requests()).isEmpty();
    }
  }

  @Test
  void journalCapacity_negative_isRefusedNamingTheSetting() {
    assertThatThrownBy(() -> FakePartnerCenter.builder().journalCapacity(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("journalCapacity");
  }

  private static PartnerCenterClient client(FakePartnerCenter fake) {
    return PartnerCenterClient.builder().endpoint(fake.endpoint())
        .credential(PartnerCredentials.staticToken("test-token")).clock(fake.clock()).noRateLimit().build();
  }
}
