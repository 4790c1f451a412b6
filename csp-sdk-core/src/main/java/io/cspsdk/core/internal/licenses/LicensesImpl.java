package io.cspsdk.core.internal.licenses;

import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.internal.http.ApiCaller;
import io.cspsdk.core.internal.http.ApiRequest;
import io.cspsdk.core.internal.validation.Inputs;
import io.cspsdk.core.licenses.Licenses;
import io.cspsdk.core.model.License;
import io.cspsdk.core.model.LicenseUpdate;
import io.cspsdk.core.model.ProductSku;
import io.cspsdk.core.model.SubscribedSku;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** {@link Licenses} over the HTTP pipeline. */
public final class LicensesImpl implements Licenses {
  private final ApiCaller api;
  private final String base;

  public LicensesImpl(ApiCaller api, String customerId) {
    this.api = Objects.requireNonNull(api, "api");
    this.base = "/customers/" + ApiRequest.segment(Inputs.nonBlank("customerId", customerId));
  }

  @Override
  public PagedIterable<SubscribedSku> subscribedSkus(RequestOptions options) {
    return subscribedSkus(List.of(), options);
  }

  @Override
  public PagedIterable<SubscribedSku> subscribedSkus(List<String> licenseGroupIds, RequestOptions options) {
    ApiRequest.Builder request = ApiRequest.get(base + "/subscribedskus").options(options);
    groups(licenseGroupIds).forEach(g -> request.query("licenseGroupIds", g));
    return api.list(request.build(), SubscribedSku.class);
  }

  @Override
  public PagedIterable<License> userLicenses(String userId, RequestOptions options) {
    return userLicenses(userId, List.of(), options);
  }

  @Override
  public PagedIterable<License> userLicenses(String userId, List<String> licenseGroupIds, RequestOptions options) {
    ApiRequest.Builder request = ApiRequest.get(userPath(userId) + "/licenses").options(options);
    groups(licenseGroupIds).forEach(g -> request.query("licenseGroupIds", g));
    return api.list(request.build(), License.class);
  }

  private static List<String> groups(List<String> licenseGroupIds) {
    if (licenseGroupIds == null) {
      throw new ValidationException("licenseGroupIds", "is required (empty for Partner Center's default)");
    }
    for (int i = 0; i < licenseGroupIds.size(); i++) {
      String g = licenseGroupIds.get(i);
      if (g == null || !g.matches("[A-Za-z0-9]+")) {
        throw new ValidationException("licenseGroupIds[" + i + "]", "must be a licence group id such as Group1");
      }
    }
    return licenseGroupIds;
  }

  @Override
  public LicenseUpdate update(String userId, LicenseUpdate update, RequestOptions options) {
    String path = userPath(userId) + "/licenseupdates";
    validate(update);
    return send(path, update, options);
  }

  @Override
  public LicenseUpdate update(String userId, LicenseUpdate update, Iterable<SubscribedSku> knownSkus,
                              RequestOptions options) {
    String path = userPath(userId) + "/licenseupdates";
    validate(update);
    checkAgainst(update, knownSkus);
    return send(path, update, options);
  }

  private LicenseUpdate send(String path, LicenseUpdate update, RequestOptions options) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (!update.licensesToAssign().isEmpty()) {
      body.put("licensesToAssign", update.licensesToAssign());
    }
    if (!update.licensesToRemove().isEmpty()) {
      body.put("licensesToRemove", update.licensesToRemove());
    }
    return api.call(ApiRequest.post(path, body).options(options).build(), LicenseUpdate.class);
  }

  static void validate(LicenseUpdate update) {
    if (update == null) {
      throw new ValidationException("update", "is required");
    }
    if (update.licensesToAssign().isEmpty() && update.licensesToRemove().isEmpty()) {
      throw new ValidationException("update", "must assign or remove at least one licence");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < update.licensesToAssign().size(); i++) {
      String sku = update.licensesToAssign().get(i).skuId();
      String field = "licensesToAssign[" + i + "].skuId";
      if (sku.isBlank()) {
        throw new ValidationException(field, "is required");
      }
      if (!seen.add(sku.toLowerCase(java.util.Locale.ROOT))) {
        throw new ValidationException(field, "names SKU " + sku + " more than once");
      }
    }
    for (int i = 0; i < update.licensesToRemove().size(); i++) {
      String sku = update.licensesToRemove().get(i);
      String field = "licensesToRemove[" + i + "]";
      if (sku.isBlank()) {
        throw new ValidationException(field, "is required");
      }
      if (!seen.add(sku.toLowerCase(java.util.Locale.ROOT))) {
        throw new ValidationException(field, "names SKU " + sku + " more than once (or also assigns it)");
      }
    }
  }

  static void checkAgainst(LicenseUpdate update, Iterable<SubscribedSku> knownSkus) {
    if (knownSkus == null) {
      throw new ValidationException("knownSkus", "is required");
    }
    Map<String, SubscribedSku> byId = new HashMap<>();
    for (SubscribedSku s : knownSkus) {
      s.productSku().flatMap(ProductSku::id).ifPresent(id -> byId.put(id.toLowerCase(java.util.Locale.ROOT), s));
    }
    List<String> fields = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < update.licensesToAssign().size(); i++) {
      fields.add("licensesToAssign[" + i + "].skuId");
      ids.add(update.licensesToAssign().get(i).skuId());
    }
    for (int i = 0; i < update.licensesToRemove().size(); i++) {
      fields.add("licensesToRemove[" + i + "]");
      ids.add(update.licensesToRemove().get(i));
    }
    String group = null;
    String groupField = null;
    for (int i = 0; i < ids.size(); i++) {
      SubscribedSku sku = byId.get(ids.get(i).toLowerCase(java.util.Locale.ROOT));
      if (sku == null) {
        throw new ValidationException(fields.get(i), "SKU " + ids.get(i) + " is not one of the customer's SKUs");
      }
      String g = sku.productSku().flatMap(ProductSku::licenseGroupId).orElse("");
      if (group == null) {
        group = g;
        groupField = fields.get(i);
      } else if (!group.equalsIgnoreCase(g)) {
        throw new ValidationException(fields.get(i), "licence group " + g + " differs from " + group + " of "
            + groupField + ": one request may touch one licence group only");
      }
      if (i < update.licensesToAssign().size() && sku.availableUnits().orElse(0) < 1) {
        throw new ValidationException(fields.get(i), "SKU " + ids.get(i) + " has no available units");
      }
    }
  }

  private String userPath(String userId) {
    return base + "/users/" + ApiRequest.segment(Inputs.nonBlank("userId", userId));
  }

}
