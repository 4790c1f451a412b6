package io.cspsdk.testkit.internal.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The fake's product catalog: the built-in realistic one, plus items a scenario adds. */
public final class Catalog {
  private final Map<String, CatalogItem> byProductSku = new LinkedHashMap<>();

  /**
   * A dozen Microsoft 365, Dynamics 365, Minecraft Education and Azure plan products (prices are illustrative USD list
   * prices).
   */
  public static Catalog builtIn() {
    Catalog c = new Catalog();
    String m365 = "OnlineServicesNCE";
    c.add(new CatalogItem("CFQ7TTC0LH18", "Microsoft 365 Business Basic", m365, "0001", "Microsoft 365 Business Basic",
        "CFQ7TTC0KCWD", "3b555118-da6a-4418-894f-7df1e2096870", "O365_BUSINESS_ESSENTIALS", p("6.00"), false,
        List.of(), List.of("CFQ7TTC0LCHC:0002", "CFQ7TTC0LCH4:0002"), 300, false));
    c.add(new CatalogItem("CFQ7TTC0LCHC", "Microsoft 365 Business Standard", m365, "0002",
        "Microsoft 365 Business Standard", "CFQ7TTC0KDLV", "f245ecc8-75af-4f8e-b61f-27d8114de5f3",
        "O365_BUSINESS_PREMIUM", p("12.50"), false, List.of(), List.of("CFQ7TTC0LCH4:0002"), 300, false));
    c.add(new CatalogItem("CFQ7TTC0LCH4", "Microsoft 365 Business Premium", m365, "0002",
        "Microsoft 365 Business Premium", "CFQ7TTC0KDMH", "cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46", "SPB", p("22.00"),
        false, List.of(), List.of("CFQ7TTC0LFLZ:0002"), 300, false));
    c.add(new CatalogItem("CFQ7TTC0LF8Q", "Office 365 E1", m365, "0001", "Office 365 E1", "CFQ7TTC0KDBN",
        "18181a46-0d4e-45cd-891e-60aabd171b4e", "STANDARDPACK", p("10.00"), false, List.of(),
        List.of("CFQ7TTC0LF8R:0001"), 5000, false));
    c.add(new CatalogItem("CFQ7TTC0LF8R", "Office 365 E3", m365, "0001", "Office 365 E3", "CFQ7TTC0KDBP",
        "6fd2c87f-b296-42f0-b197-1e91e994b900", "ENTERPRISEPACK", p("23.00"), false, List.of(),
        List.of("CFQ7TTC0LFLX:0002"), 5000, false));
    c.add(new CatalogItem("CFQ7TTC0LFLX", "Microsoft 365 E3", m365, "0002", "Microsoft 365 E3", "CFQ7TTC0KDJT",
        "05e9a617-0261-4cee-bb44-138d3ef5d965", "SPE_E3", p("36.00"), false, List.of(),
        List.of("CFQ7TTC0LFLZ:0002"), 5000, false));
    c.add(new CatalogItem("CFQ7TTC0LFLZ", "Microsoft 365 E5", m365, "0002", "Microsoft 365 E5", "CFQ7TTC0KDJW",
        "06ebc4ee-1bb5-47dd-8120-11324bc54e06", "SPE_E5", p("57.00"), false, List.of(), List.of(), 5000, false));
    c.add(new CatalogItem("CFQ7TTC0LHSF", "Exchange Online (Plan 1)", m365, "0001", "Exchange Online (Plan 1)",
        "CFQ7TTC0KCZ4", "4b9405b0-7788-4568-add1-99614e613b69", "EXCHANGESTANDARD", p("4.00"), false, List.of(),
        List.of("CFQ7TTC0LH18:0001"), 5000, false));
    c.add(new CatalogItem("CFQ7TTC0LHWP", "Microsoft Defender for Office 365 (Plan 1)", m365, "0001",
        "Microsoft Defender for Office 365 (Plan 1)", "CFQ7TTC0KD0S", "4ef96642-f096-40de-a3e9-d83fb2f90211",
        "ATP_ENTERPRISE", p("2.00"), true,
        List.of("CFQ7TTC0LH18:0001", "CFQ7TTC0LCHC:0002", "CFQ7TTC0LHSF:0001", "CFQ7TTC0LF8Q:0001",
            "CFQ7TTC0LF8R:0001"), List.of(), 5000, false));
    c.add(new CatalogItem("CFQ7TTC0MM8R", "Microsoft 365 Copilot", m365, "0002", "Microsoft 365 Copilot",
        "CFQ7TTC0MM8P", "639dec6b-bb19-468b-871c-c5c441c4b0cb", "Microsoft_365_Copilot", p("30.00"), true,
        List.of("CFQ7TTC0LCHC:0002", "CFQ7TTC0LCH4:0002", "CFQ7TTC0LFLX:0002", "CFQ7TTC0LFLZ:0002",
            "CFQ7TTC0LF8R:0001"), List.of(), 5000, false));
    c.add(new CatalogItem("CFQ7TTC0LH3N", "Dynamics 365 Sales Professional", m365, "0001",
        "Dynamics 365 Sales Professional", "CFQ7TTC0KCVN", "be9f9771-1c64-4618-9907-244325141096",
        "D365_SALES_PRO", p("65.00"), false, List.of(), List.of("CFQ7TTC0LH3P:0001"), 5000, false));
    c.add(new CatalogItem("CFQ7TTC0LH3P", "Dynamics 365 Sales Enterprise", m365, "0001",
        "Dynamics 365 Sales Enterprise", "CFQ7TTC0KCVP", "1e1a282c-9c54-43a2-9310-98ef728faace",
        "DYN365_ENTERPRISE_SALES", p("105.00"), false, List.of(), List.of(), 5000, false));
    c.add(new CatalogItem("CFQ7TTC0LHXT", "Dynamics 365 Business Central Essentials", m365, "0001",
        "Dynamics 365 Business Central Essentials", "CFQ7TTC0KD2B", "2880026b-2b0c-4251-8656-5d41ff11e3aa",
        "DYN365_BUSCENTRAL_ESSENTIAL", p("80.00"), false, List.of(), List.of(), 5000, false));
    // Minecraft Education: its licences are in licence group 2 (product and availability ids are illustrative)
    c.add(new CatalogItem("CFQ7TTC0MMED", "Minecraft Education", m365, "0001", "Minecraft Education Faculty",
        "CFQ7TTC0MMEA", "984df360-9a74-4647-8cf8-696749f6247a", "MEE_FACULTY", p("1.00"), false, List.of(),
        List.of(), 5000, false, CatalogItem.GROUP2));
    c.add(new CatalogItem("DZH318Z0BXWC", "Azure plan", "Azure", "0001", "Azure plan", "DZH318Z09V6F", null, null,
        BigDecimal.ZERO, false, List.of(), List.of(), 1, true));
    return c;
  }

  private static BigDecimal p(String s) {
    return new BigDecimal(s);
  }

  public void add(CatalogItem item) {
    byProductSku.put(item.productSkuId().toUpperCase(Locale.ROOT), item);
  }

  public List<CatalogItem> items() {
    return Collections.unmodifiableList(new ArrayList<>(byProductSku.values()));
  }

  /** By {@code productId:skuId:availabilityId}, {@code productId:skuId} or a legacy offer id (case-insensitive). */
  public Optional<CatalogItem> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    String[] parts = id.toUpperCase(Locale.ROOT).split(":");
    if (parts.length < 2) {
      return items().stream().filter(i -> legacyOfferId(i).equalsIgnoreCase(id)).findFirst();
    }
    CatalogItem item = byProductSku.get(parts[0] + ":" + parts[1]);
    if (item == null || (parts.length >= 3 && !item.availabilityId().equalsIgnoreCase(parts[2]))) {
      return Optional.empty();
    }
    return Optional.of(item);
  }

  public List<CatalogItem> product(String productId) {
    return items().stream().filter(i -> i.productId().equalsIgnoreCase(productId)).toList();
  }

  public Optional<CatalogItem> byLicenceSku(String licenceSkuId) {
    return items().stream().filter(i -> licenceSkuId.equalsIgnoreCase(i.licenceSkuId())).findFirst();
  }

  /** A stable legacy-style offer id derived from the product id, for the legacy {@code /offers} endpoints. */
  public static String legacyOfferId(CatalogItem i) {
    return java.util.UUID.nameUUIDFromBytes(i.productSkuId().getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .toString().toUpperCase(Locale.ROOT);
  }
}
