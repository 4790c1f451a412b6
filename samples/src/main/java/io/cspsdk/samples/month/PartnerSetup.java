package io.cspsdk.samples.month;

import io.cspsdk.core.model.Subscription;
import io.cspsdk.testkit.FakePartnerCenter;
import io.cspsdk.testkit.Seeder;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Step 1: the partner. On the real Partner Center it explains the one-time consent and uses the given
 * credentials. On the fake (which accepts any token, so consent is skipped) it seeds a realistic partner: three
 * dozen customers with subscriptions across new-commerce terms and billing cycles, add-ons, users and licences,
 * and lets two months pass so that January's and February's invoices exist.
 */
final class PartnerSetup {
  /** The products the partner sells: catalog item (product:sku), licence SKU, who buys it. */
  private record Product(String item, String licence, String addOn) {}

  private static final List<Product> PRODUCTS = List.of(
      new Product("CFQ7TTC0LH18:0001", "3b555118-da6a-4418-894f-7df1e2096870", "CFQ7TTC0LHWP:0001"), // Basic
      new Product("CFQ7TTC0LCHC:0002", "f245ecc8-75af-4f8e-b61f-27d8114de5f3", "CFQ7TTC0MM8R:0002"), // Standard
      new Product("CFQ7TTC0LCH4:0002", "cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46", null),                // Premium
      new Product("CFQ7TTC0LFLX:0002", "05e9a617-0261-4cee-bb44-138d3ef5d965", "CFQ7TTC0MM8R:0002"), // M365 E3
      new Product("CFQ7TTC0LHSF:0001", "4b9405b0-7788-4568-add1-99614e613b69", "CFQ7TTC0LHWP:0001"), // Exchange P1
      new Product("CFQ7TTC0LF8Q:0001", "18181a46-0d4e-45cd-891e-60aabd171b4e", null));               // O365 E1

  /** Thirty customers in January, six more in February, and Tailspin Toys on 27 February. */
  static final List<String> JANUARY = List.of("Adventure Works", "Alpine Ski House", "Bellows College",
      "Best For You Organics", "Blue Yonder Airlines", "Coho Winery", "Consolidated Messenger", "Fourth Coffee",
      "Graphic Design Institute", "Humongous Insurance", "Lamna Healthcare", "Litware", "Lucerne Publishing",
      "Margies Travel", "Munsons Pickles", "Nod Publishers", "Proseware", "Relecloud", "School of Fine Art",
      "Southridge Video", "Trey Research", "VanArsdel", "Wide World Importers", "Woodgrove Bank", "Adatum",
      "First Up Consultants", "Northwind Traders", "Fabrikam", "Contoso", "Lakeshore Retail");
  static final List<String> FEBRUARY = List.of("Datum Corporation", "Fincher Architects", "Hexalite",
      "Kinetic Systems", "Olympia Sports", "Wingspan Travel");

  private final Story story;
  private Seeder seed;

  PartnerSetup(Story story) {
    this.story = story;
  }

  void run() {
    Console c = story.console;
    c.section("1. The partner");
    c.say("A partner connects csp-sdk once: an admin of the partner tenant signs in with MFA through "
        + "ConsentFlow.authorizationUrl(state) (\"Login with Microsoft\"), ConsentFlow.redeem(code) stores the "
        + "token cache (with its refresh token) in the product's TokenCacheStore, and "
        + "PartnerCredentials.appPlusUser(...) redeems it for every token after that.");
    if (!story.env.isFake()) {
      c.item("using " + story.env.settings().describe());
      c.item(story.env.appPlusUser() ? "app+user credentials (CSPSDK_REFRESH_TOKEN): users and licences included"
          : "app-only credentials: users, licences and price sheets need CSPSDK_REFRESH_TOKEN, skipped");
      return;
    }
    c.item("skipped on the fake: it accepts any token, so the client uses a static one.");
    FakePartnerCenter fake = story.env.fake().orElseThrow();
    c.step("Seeding a partner: " + (JANUARY.size() + FEBRUARY.size() + 1) + " customers, two months of history");
    ProgressBar bar = story.progress("customers", "seeded");
    int total = JANUARY.size() + FEBRUARY.size() + 1;
    seed = fake.seed();
    for (int i = 0; i < JANUARY.size(); i++) {
      customer(seed, JANUARY.get(i), i);
      bar.update(i + 1, total);
    }
    history(LocalDate.of(2026, 2, 3));            // January's invoice is issued on 1 February
    for (int i = 0; i < FEBRUARY.size(); i++) {
      customer(seed, FEBRUARY.get(i), JANUARY.size() + i);
      bar.update(JANUARY.size() + i + 1, total);
    }
    addSeatsInFebruary();
    history(LocalDate.of(2026, 2, 27));
    // Tailspin Toys tries Exchange Online for a month, days before the month the story tells
    seed.customer("Tailspin Toys").subscription("CFQ7TTC0LHSF:0001", 8, "P1M", "monthly").users(3);
    bar.update(total, total);
    history(LocalDate.of(2026, 3, 2));            // February's invoice on 1 March
    bar.finish(seed.customerIds().size() + " customers in Partner Center, 2 invoices issued");
  }

  /** A customer with one base subscription (a term and billing cycle by index), perhaps an add-on, and users. */
  private static void customer(Seeder seed, String name, int i) {
    Product p = PRODUCTS.get(i % PRODUCTS.size());
    String[][] plans = {{"P1Y", "monthly"}, {"P1M", "monthly"}, {"P1Y", "annual"}, {"P1Y", "monthly"}};
    String[] plan = plans[i % plans.length];
    int seats = name.equals("Contoso") ? 25 : 5 + (i * 7) % 36;
    seed.customer(name).subscription(p.item(), seats, plan[0], plan[1]);
    if (i % 5 != 4) {
      seed.startedDaysAgo(i % 5);
    }
    if (p.addOn() != null && i % 3 == 0) {
      seed.addOn(p.addOn(), Math.max(1, seats / 3));
    }
    int users = 3 + i % 8;
    String domain = name.replace(" ", "").toLowerCase(java.util.Locale.ROOT) + ".onmicrosoft.com";
    for (int u = 1; u <= users; u++) {
      String upn = "user" + u + "@" + domain;
      if (u <= Math.min(seats, users - 1)) {
        seed.user(upn, p.licence());
      } else {
        seed.user(upn);
      }
    }
  }

  /** Some customers grew in February: seats added through the client, as a reseller would. */
  private void addSeatsInFebruary() {
    int n = 0;
    for (String customerId : seed.customerIds()) {
      if (n++ % 4 != 1) {
        continue;
      }
      for (Subscription s : story.pc().subscriptions(customerId).list()) {
        if (s.parentSubscriptionId().isEmpty()) {
          story.pc().subscriptions(customerId).changeQuantity(s.id(), s.quantity() + 2);
          break;
        }
      }
    }
  }

  /** Lets the fake's time pass a day at a time (renewals, expiries and invoices happen on their days). */
  private void history(LocalDate until) {
    while (story.today().isBefore(until)) {
      story.env.advanceTo(story.today().plusDays(1).atTime(9, 0).toInstant(ZoneOffset.UTC));
    }
  }
}
