package io.cspsdk.testkit.internal.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * One purchasable product/SKU/availability of the built-in catalog, with the internal price the fake bills
 * (USD list price per unit per month for a one-year term paid monthly).
 *
 * @param licenceSkuId     the Entra ID SKU GUID the subscription's seats appear under in subscribedskus (null: none)
 * @param licenseGroupId   Partner Center's licence group of that SKU: {@code group1} (managed by Microsoft Entra ID)
 *                         or {@code group2} (Minecraft Education, not managed by Entra ID)
 * @param prerequisites    for add-ons: the {@code productId:skuId} of bases it may be attached to
 * @param upgradeTargets   {@code productId:skuId} this SKU may transition to
 */
public record CatalogItem(String productId, String productTitle, String productType, String skuId, String skuTitle,
                          String availabilityId, String licenceSkuId, String skuPartNumber, BigDecimal monthlyPrice,
                          boolean addOn, List<String> prerequisites, List<String> upgradeTargets, int maximumQuantity,
                          boolean usageBased, String licenseGroupId) {

  /** Licence group 1: SKUs managed by Microsoft Entra ID. */
  public static final String GROUP1 = "group1";
  /** Licence group 2: Minecraft Education SKUs, not managed by Microsoft Entra ID. */
  public static final String GROUP2 = "group2";

  /** An item whose licence SKU (if any) is in licence group 1. */
  public CatalogItem(String productId, String productTitle, String productType, String skuId, String skuTitle,
                     String availabilityId, String licenceSkuId, String skuPartNumber, BigDecimal monthlyPrice,
                     boolean addOn, List<String> prerequisites, List<String> upgradeTargets, int maximumQuantity,
                     boolean usageBased) {
    this(productId, productTitle, productType, skuId, skuTitle, availabilityId, licenceSkuId, skuPartNumber,
        monthlyPrice, addOn, prerequisites, upgradeTargets, maximumQuantity, usageBased, GROUP1);
  }

  public String catalogItemId() {
    return productId + ":" + skuId + ":" + availabilityId;
  }

  public String productSkuId() {
    return productId + ":" + skuId;
  }
}
