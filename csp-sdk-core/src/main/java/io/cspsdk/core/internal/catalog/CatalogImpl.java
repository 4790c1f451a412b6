package io.cspsdk.core.internal.catalog;

import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.catalog.Catalog;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.internal.http.ApiCaller;
import io.cspsdk.core.internal.http.ApiRequest;
import io.cspsdk.core.internal.validation.Inputs;
import io.cspsdk.core.model.Availability;
import io.cspsdk.core.model.Offer;
import io.cspsdk.core.model.OpenEnum;
import io.cspsdk.core.model.Product;
import io.cspsdk.core.model.Sku;
import io.cspsdk.core.model.TargetSegment;
import io.cspsdk.core.model.TargetView;
import java.util.Locale;
import java.util.Objects;

/** {@link Catalog} over the {@link ApiCaller}. */
public final class CatalogImpl implements Catalog {
  /** Legacy offers per page. */
  static final int OFFER_PAGE_SIZE = 100;

  private final ApiCaller caller;

  public CatalogImpl(ApiCaller caller) {
    this.caller = Objects.requireNonNull(caller, "caller");
  }

  private static String country(String country) {
    String c = Inputs.nonBlank("country", country).trim();
    if (!c.matches("[A-Za-z]{2}")) {
      throw new ValidationException("country", "must be an ISO 3166 two-letter country code, was '" + country + "'");
    }
    return c.toUpperCase(Locale.ROOT);
  }

  private static String seg(String field, String value) {
    return ApiRequest.segment(Inputs.nonBlank(field, value));
  }

  /** The wire value of a view or segment: letters and digits only, so that it names one catalog view. */
  private static String word(String field, OpenEnum value) {
    if (value == null) {
      return null;
    }
    if (!value.value().matches("[A-Za-z0-9]+")) {
      throw new ValidationException(field, "must be letters and digits, was '" + value.value() + "'");
    }
    return value.value();
  }

  @Override
  public PagedIterable<Product> products(String country, TargetView targetView, TargetSegment targetSegment,
      RequestOptions options) {
    ApiRequest req = ApiRequest.get("/products").query("country", country(country))
        .query("targetView", word("targetView", Inputs.present("targetView", targetView)))
        .query("targetSegment", word("targetSegment", targetSegment)).options(options).build();
    return caller.list(req, Product.class);
  }

  @Override
  public Product product(String productId, String country, RequestOptions options) {
    return caller.call(ApiRequest.get("/products/" + seg("productId", productId)).query("country", country(country))
        .options(options).build(), Product.class);
  }

  @Override
  public PagedIterable<Sku> skus(String productId, String country, TargetSegment targetSegment,
      RequestOptions options) {
    ApiRequest req = ApiRequest.get("/products/" + seg("productId", productId) + "/skus")
        .query("country", country(country)).query("targetSegment", word("targetSegment", targetSegment))
        .options(options).build();
    return caller.list(req, Sku.class);
  }

  @Override
  public Sku sku(String productId, String skuId, String country, RequestOptions options) {
    return caller.call(ApiRequest.get("/products/" + seg("productId", productId) + "/skus/" + seg("skuId", skuId))
        .query("country", country(country)).options(options).build(), Sku.class);
  }

  @Override
  public PagedIterable<Availability> availabilities(String productId, String skuId, String country,
      TargetSegment targetSegment, RequestOptions options) {
    ApiRequest req = ApiRequest.get("/products/" + seg("productId", productId) + "/skus/" + seg("skuId", skuId)
            + "/availabilities")
        .query("country", country(country)).query("targetSegment", word("targetSegment", targetSegment))
        .options(options).build();
    return caller.list(req, Availability.class);
  }

  @Override
  public Availability availability(String productId, String skuId, String availabilityId, String country,
      RequestOptions options) {
    ApiRequest req = ApiRequest.get("/products/" + seg("productId", productId) + "/skus/" + seg("skuId", skuId)
            + "/availabilities/" + seg("availabilityId", availabilityId))
        .query("country", country(country)).options(options).build();
    return caller.call(req, Availability.class);
  }

  @Override
  public PagedIterable<Offer> offers(String country, RequestOptions options) {
    return caller.listByOffset(ApiRequest.get("/offers").query("country", country(country)).options(options).build(),
        Offer.class, OFFER_PAGE_SIZE);
  }

  @Override
  public Offer offer(String offerId, String country, RequestOptions options) {
    return caller.call(ApiRequest.get("/offers/" + seg("offerId", offerId)).query("country", country(country))
        .options(options).build(), Offer.class);
  }

  @Override
  public PagedIterable<Offer> offerAddOns(String offerId, String country, RequestOptions options) {
    return caller.listByOffset(ApiRequest.get("/offers/" + seg("offerId", offerId) + "/addons")
        .query("country", country(country)).options(options).build(), Offer.class, OFFER_PAGE_SIZE);
  }
}
