package io.cspsdk.core.testing;

import java.io.InputStream;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** The test-only localhost key pair: WireMock's HTTPS identity, the JVM trust for it, and a client certificate. */
public final class TestTls {
  public static final String PASSWORD = "test-only";

  private TestTls() {}

  public static String keystorePath() {
    return TestTls.class.getResource("/tls/localhost.p12").getPath();
  }

  public static KeyStore keyStore() throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = TestTls.class.getResourceAsStream("/tls/localhost.p12")) {
      ks.load(in, PASSWORD.toCharArray());
    }
    return ks;
  }

  public static SSLContext trustingLocalhost() throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("localhost", certificate());
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, tmf.getTrustManagers(), null);
    return ctx;
  }

  public static X509Certificate certificate() throws Exception {
    return (X509Certificate) keyStore().getCertificate("localhost");
  }

  public static PrivateKey privateKey() throws Exception {
    return (PrivateKey) keyStore().getKey("localhost", PASSWORD.toCharArray());
  }
}
