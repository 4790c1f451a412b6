package io.cspsdk.samples.month;

import io.cspsdk.core.model.Address;
import io.cspsdk.core.model.AgreementContact;
import io.cspsdk.core.model.AgreementType;
import io.cspsdk.core.model.BillingProfile;
import io.cspsdk.core.model.CompanyProfile;
import io.cspsdk.core.model.Customer;
import io.cspsdk.core.model.CustomerAgreement;
import io.cspsdk.core.model.NewCustomer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A new customer tenant: the domain check, the tenant, and the Microsoft Customer Agreement. */
final class NewTenant {
  static final String NAME = "Wingtip Toys";

  private final Story story;

  NewTenant(Story story) {
    this.story = story;
  }

  void run() {
    Console c = story.console;
    c.say("A new customer, " + NAME + ", signs up.");
    String wanted = story.env.isFake() ? "wingtiptoys.onmicrosoft.com"
        : "cspsdksample" + DateTimeFormatter.ofPattern("yyMMddHHmm").format(story.clock().instant()
            .atOffset(ZoneOffset.UTC)) + ".onmicrosoft.com";
    String domain = null;
    for (String candidate : List.of("contoso.onmicrosoft.com", wanted)) {
      boolean free = story.pc().domains().isAvailable(candidate);
      c.item("domain check: " + candidate + " is " + (free ? "free" : "taken"));
      if (free && domain == null) {
        domain = candidate;
      }
    }
    if (domain == null || !story.mayWrite("creating the tenant " + wanted + " and accepting its agreement")) {
      return;
    }
    Customer created = story.pc().customers().create(NewCustomer.builder()
        .companyProfile(CompanyProfile.builder().domain(domain).companyName(NAME).build())
        .billingProfile(BillingProfile.builder().firstName("Rob").lastName("Young").email("rob@wingtiptoys.example")
            .culture("en-US").language("en").companyName(NAME)
            .defaultAddress(Address.builder().country("US").region("WA").city("Redmond").state("WA")
                .addressLine1("One Microsoft Way").postalCode("98052").firstName("Rob").lastName("Young")
                .phoneNumber("4255550100").build())
            .build())
        .build());
    story.cast.newTenantId = created.id();
    story.cast.newTenantName = NAME;
    c.item("created tenant " + domain + ", customer id " + created.id());
    created.userCredentials().flatMap(u -> u.userName()).ifPresent(user ->
        c.detail("its first admin: " + user + " (the password goes to the customer, it is not printed)"));

    String template = agreementTemplate();
    CustomerAgreement agreement = story.pc().customers().createAgreement(created.id(), CustomerAgreement.builder()
        .primaryContact(AgreementContact.builder().firstName("Rob").lastName("Young")
            .email("rob@wingtiptoys.example").phoneNumber("4255550100").build())
        .type(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT).templateId(template)
        .dateAgreed(story.clock().instant().atOffset(ZoneOffset.UTC))
        .userId(UUID.nameUUIDFromBytes("anna@reseller.example".getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .toString())
        .build());
    c.item("Microsoft Customer Agreement accepted by Rob Young on " + agreement.dateAgreed()
        .map(d -> d.toLocalDate().toString()).orElse("?") + " (template " + template + "): new-commerce purchases "
        + "are allowed from now on");
  }

  /** The current template of the Microsoft Customer Agreement ({@code GET /agreements}, not typed yet: raw). */
  @SuppressWarnings("unchecked")
  private String agreementTemplate() {
    Map<String, Object> answer = story.pc().raw().get("/agreements?agreementType=MicrosoftCustomerAgreement",
        Map.class);
    List<Map<String, Object>> items = (List<Map<String, Object>>) answer.get("items");
    return String.valueOf(items.get(0).get("templateId"));
  }
}
