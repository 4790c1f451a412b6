package io.cspsdk.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void main_listsSeededCustomersAndTheirSubscriptions() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (PrintStream ps = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setOut(ps);
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("Contoso (contoso.onmicrosoft.com)", "Fabrikam (fabrikam.onmicrosoft.com)",
        "Tailspin Toys (tailspintoys.onmicrosoft.com)");
    assertThat(out).contains("Microsoft 365 Business Basic", "Microsoft Defender for Office 365 (Plan 1)",
        "Microsoft 365 Copilot", "Microsoft 365 E3");
    assertThat(out).containsPattern("Microsoft 365 Business Basic\\s+25 seats\\s+active\\s+term P1Y, ends 2027-01-04");
    assertThat(out).containsPattern("Microsoft 365 E3\\s+40 seats\\s+active\\s+term P1M, ends 2026-02-04");
  }
}
