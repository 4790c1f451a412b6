package io.cspsdk.samples;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.auth.PartnerCredentials;
import io.cspsdk.core.model.Customer;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.testkit.FakeClock;
import io.cspsdk.testkit.FakePartnerCenter;
import java.io.PrintStream;

/**
 * The main sample: starts the fake Partner Center in-process with its built-in catalog and a seeded partner, then
 * lists the partner's customers and their subscriptions through the real {@link PartnerCenterClient}, over HTTP.
 * Against the real Partner Center only the endpoint and credential change.
 */
public final class QuickStart {
  private QuickStart() {}

  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    FakeClock clock = FakeClock.atDefaultStart();
    try (FakePartnerCenter fake = FakePartnerCenter.builder().clock(clock).build().start()) {
      fake.seed()
          .customer("Contoso").subscription("CFQ7TTC0LH18:0001", 25).addOn("CFQ7TTC0LHWP:0001", 25).users(25)
          .customer("Fabrikam").subscription("CFQ7TTC0LCH4:0002", 12).addOn("CFQ7TTC0MM8R:0002", 5)
          .customer("Tailspin Toys").subscription("CFQ7TTC0LFLX:0002", 40, "P1M", "monthly");

      try (PartnerCenterClient pc = PartnerCenterClient.builder()
          .endpoint(fake.endpoint())                                    // the real one: the default endpoint
          .credential(PartnerCredentials.staticToken("sample-token"))   // the real one: app or app+user credentials
          .clock(clock)
          .build()) {
        out.println("csp-sdk quick start against " + fake.endpoint());
        for (Customer customer : pc.customers().list()) {
          String name = customer.companyProfile().flatMap(p -> p.companyName()).orElse("?");
          String domain = customer.companyProfile().flatMap(p -> p.domain()).orElse("?");
          out.println(name + " (" + domain + ")");
          for (Subscription s : pc.subscriptions(customer.id()).list()) {
            out.printf("  %-45s %4d seats  %-9s term %s, ends %s%n",
                s.friendlyName().or(s::offerName).orElse(s.id()),
                s.quantity(),
                s.status(),
                s.termDuration().map(Object::toString).orElse("?"),
                s.commitmentEndDate().map(d -> d.toLocalDate().toString()).orElse("?"));
          }
        }
      }
    }
  }
}
