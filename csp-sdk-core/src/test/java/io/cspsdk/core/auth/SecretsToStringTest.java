package io.cspsdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.cspsdk.core.ContinuationToken;
import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.testing.TestTls;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** toString of every object that holds a secret shows where the secret is, never the secret itself. */
class SecretsToStringTest {
  private static final String SECRET = "s3cr3t-V4lue-9q";

  @Test
  void accessToken_toString_hidesToken() {
    AccessToken token = new AccessToken(SECRET, Instant.parse("2026-01-01T00:00:00Z"));

    assertThat(token.toString()).doesNotContain(SECRET).contains("****").contains("2026-01-01T00:00:00Z");
  }

  @Test
  void credentials_toString_hideSecretsAndTokens() throws Exception {
    TokenCacheStore store = TokenCacheStore.inMemory();
    store.save(SECRET);

    assertThat(store.toString()).doesNotContain(SECRET);
    assertThat(PartnerCredentials.staticToken(SECRET).toString()).doesNotContain(SECRET);
    assertThat(PartnerCredentials.appOnly("tenant-1", "client-1", SECRET).toString())
        .doesNotContain(SECRET).contains("client-1");
    assertThat(PartnerCredentials.appPlusUser("tenant-1", "client-1", SECRET, store).toString())
        .doesNotContain(SECRET).contains("client-1");
    assertThat(PartnerCredentials.appOnlyCertificate("tenant-1", "client-1", TestTls.privateKey(),
        TestTls.certificate()).toString()).doesNotContain("PRIVATE").contains("client-1");
  }

  @Test
  void consentFlow_toString_hidesClientSecret() {
    ConsentFlow flow = ConsentFlow.builder().tenantId("tenant-1").clientId("client-1").clientSecret(SECRET)
        .redirectUri("https://localhost/callback").tokenCacheStore(TokenCacheStore.inMemory()).build();

    assertThat(flow.toString()).doesNotContain(SECRET);
  }

  @Test
  void requestOptions_toString_namesHeadersWithoutTheirValues() {
    RequestOptions options = RequestOptions.builder().header("X-Api-Key", SECRET).correlationId("corr-1").build();

    assertThat(options.toString()).doesNotContain(SECRET).contains("X-Api-Key").contains("corr-1");
  }

  @Test
  void continuationToken_toString_hidesItsHeaders() {
    ContinuationToken token = ContinuationToken.parse(SECRET);

    assertThat(token.toString()).doesNotContain(SECRET);
    assertThat(token.asString()).isEqualTo(SECRET);
  }

  @Test
  void client_toString_hidesItsCredential() {
    try (PartnerCenterClient client = PartnerCenterClient.builder()
        .credential(PartnerCredentials.staticToken(SECRET)).build()) {
      assertThat(client.toString()).doesNotContain(SECRET).contains("api.partnercenter.microsoft.com");
    }
  }
}
