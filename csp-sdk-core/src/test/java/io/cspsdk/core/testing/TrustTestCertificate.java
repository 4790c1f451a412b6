package io.cspsdk.core.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes the JVM's default TLS context trust the test certificate while a test class runs (MSAL only talks HTTPS to
 * its authority), and builds the HTTPS WireMock server that plays Entra ID with it.
 */
public final class TrustTestCertificate implements BeforeAllCallback, AfterAllCallback {
  private SSLContext previousDefault;

  /** A WireMock server with an HTTP port and an HTTPS port serving the test certificate. */
  public static WireMockExtension httpsWireMock() {
    return WireMockExtension.newInstance().options(wireMockConfig()
        .dynamicPort().dynamicHttpsPort()
        .keystorePath(TestTls.keystorePath()).keystorePassword(TestTls.PASSWORD).keyManagerPassword(TestTls.PASSWORD)
        .keystoreType("PKCS12")).build();
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    previousDefault = SSLContext.getDefault();
    SSLContext.setDefault(TestTls.trustingLocalhost());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    SSLContext.setDefault(previousDefault);
  }
}
