package io.cspsdk.core.licenses;

import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.model.License;
import io.cspsdk.core.model.LicenseAssignment;
import io.cspsdk.core.model.LicenseUpdate;
import io.cspsdk.core.model.SubscribedSku;
import java.util.List;

/**
 * Licences of one customer: the SKUs it owns with their seat counts, the licences of its users, and licence
 * assignment ({@code /customers/{customerId}/...}); needs app+user credentials. Bad input is refused with a
 * {@code ValidationException} before anything is sent.
 */
public interface Licenses {
  /** The customer's licence SKUs with total, consumed and available units, fetched lazily. */
  default PagedIterable<SubscribedSku> subscribedSkus() {
    return subscribedSkus(RequestOptions.none());
  }

  PagedIterable<SubscribedSku> subscribedSkus(RequestOptions options);

  /**
   * The customer's licence SKUs of the given licence groups ({@code Group1} = Microsoft Entra ID based,
   * {@code Group2} = Minecraft); Partner Center's default is Group1 only.
   */
  PagedIterable<SubscribedSku> subscribedSkus(List<String> licenseGroupIds, RequestOptions options);

  /** The licences assigned to one user, fetched lazily. */
  default PagedIterable<License> userLicenses(String userId) {
    return userLicenses(userId, RequestOptions.none());
  }

  PagedIterable<License> userLicenses(String userId, RequestOptions options);

  /** The licences of one user in the given licence groups (Partner Center's default is Group1 only). */
  PagedIterable<License> userLicenses(String userId, List<String> licenseGroupIds, RequestOptions options);

  /**
   * Assigns and removes licences of one user in one request; the answer carries Partner Center's licence warnings.
   * Refused before sending when it assigns and removes nothing, names a SKU twice or both assigns and removes it.
   */
  default LicenseUpdate update(String userId, LicenseUpdate update) {
    return update(userId, update, RequestOptions.none());
  }

  LicenseUpdate update(String userId, LicenseUpdate update, RequestOptions options);

  /**
   * As {@link #update(String, LicenseUpdate)}, also checked against the customer's SKUs as known to the caller:
   * every SKU must be one of {@code knownSkus}, all of them of one licence group, and each SKU to assign must have
   * an available unit. {@code knownSkus} is iterated once; pass {@link #subscribedSkus()} itself to check against
   * Partner Center's current SKUs (one listing fetched before the update), or a collection read earlier.
   */
  default LicenseUpdate update(String userId, LicenseUpdate update, Iterable<SubscribedSku> knownSkus) {
    return update(userId, update, knownSkus, RequestOptions.none());
  }

  /** As {@link #update(String, LicenseUpdate, Iterable)}, with per-call options (for the update only). */
  LicenseUpdate update(String userId, LicenseUpdate update, Iterable<SubscribedSku> knownSkus,
      RequestOptions options);

  /** Assigns one SKU (all its service plans) to a user. */
  default LicenseUpdate assign(String userId, String skuId) {
    return assign(userId, skuId, RequestOptions.none());
  }

  default LicenseUpdate assign(String userId, String skuId, RequestOptions options) {
    LicenseAssignment assignment = LicenseAssignment.of(skuId == null ? "" : skuId);
    return update(userId, LicenseUpdate.builder().addLicensesToAssign(assignment).build(), options);
  }

  /** Removes one SKU from a user. */
  default LicenseUpdate remove(String userId, String skuId) {
    return remove(userId, skuId, RequestOptions.none());
  }

  default LicenseUpdate remove(String userId, String skuId, RequestOptions options) {
    return update(userId, LicenseUpdate.builder().addLicensesToRemove(skuId == null ? "" : skuId).build(), options);
  }
}
