package io.cspsdk.core.catalog;

import io.cspsdk.core.PagedIterable;
import io.cspsdk.core.RequestOptions;
import io.cspsdk.core.error.ValidationException;
import io.cspsdk.core.model.Availability;
import io.cspsdk.core.model.CatalogItemId;
import io.cspsdk.core.model.Offer;
import io.cspsdk.core.model.Product;
import io.cspsdk.core.model.Sku;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.core.model.TargetSegment;
import io.cspsdk.core.model.TargetView;
import java.util.Optional;

/**
 * The partner catalog: new-commerce products, SKUs and availabilities by country (two-letter code), target view
 * ({@link TargetView#ONLINE_SERVICES}, {@link TargetView#AZURE}, {@link TargetView#SOFTWARE}, ...) and target
 * segment ({@link TargetSegment#COMMERCIAL}, {@link TargetSegment#EDUCATION}, ...); and the legacy offer catalog.
 * A null target segment means "any". A view or segment Partner Center adds later can be given with
 * {@code TargetView.of("...")}; one that is not letters and digits is refused with a {@code ValidationException}
 * naming {@code targetView} or {@code targetSegment}.
 */
public interface Catalog {
  /** Products of a target view (e.g. {@link TargetView#ONLINE_SERVICES}) in a country, of any segment. */
  default PagedIterable<Product> products(String country, TargetView targetView) {
    return products(country, targetView, null, RequestOptions.none());
  }

  /** As {@link #products(String, TargetView)}, with per-call options. */
  default PagedIterable<Product> products(String country, TargetView targetView, RequestOptions options) {
    return products(country, targetView, null, options);
  }

  /** Products of a target view in a country and segment ({@code null} segment = any). */
  PagedIterable<Product> products(String country, TargetView targetView, TargetSegment targetSegment,
      RequestOptions options);

  default Product product(String productId, String country) {
    return product(productId, country, RequestOptions.none());
  }

  Product product(String productId, String country, RequestOptions options);

  /** SKUs of a product in a country, of any segment. */
  default PagedIterable<Sku> skus(String productId, String country) {
    return skus(productId, country, null, RequestOptions.none());
  }

  /** As {@link #skus(String, String)}, with per-call options. */
  default PagedIterable<Sku> skus(String productId, String country, RequestOptions options) {
    return skus(productId, country, null, options);
  }

  /** SKUs of a product in a country and segment ({@code null} segment = any). */
  PagedIterable<Sku> skus(String productId, String country, TargetSegment targetSegment, RequestOptions options);

  default Sku sku(String productId, String skuId, String country) {
    return sku(productId, skuId, country, RequestOptions.none());
  }

  Sku sku(String productId, String skuId, String country, RequestOptions options);

  /**
   * The licence SKU id a subscription's seats appear under (its catalog SKU's {@link Sku#provisioningId()}), to
   * assign the licence a purchase created; empty when the SKU has no licences. Refused with a
   * {@code ValidationException} on {@code subscription.offerId} when that is not a catalog item id.
   */
  default Optional<String> licenseSkuId(Subscription subscription, String country) {
    return licenseSkuId(subscription, country, RequestOptions.none());
  }

  default Optional<String> licenseSkuId(Subscription subscription, String country, RequestOptions options) {
    if (subscription == null) {
      throw new ValidationException("subscription", "is required");
    }
    CatalogItemId item = CatalogItemId.tryParse(subscription.offerId()).orElseThrow(
        () -> new ValidationException("subscription.offerId", "must be a catalog item id"
            + " productId:skuId:availabilityId"));
    return sku(item.productId(), item.skuId(), country, options).provisioningId();
  }

  /** Availabilities of a SKU in a country, of any segment. */
  default PagedIterable<Availability> availabilities(String productId, String skuId, String country) {
    return availabilities(productId, skuId, country, null, RequestOptions.none());
  }

  /** As {@link #availabilities(String, String, String)}, with per-call options. */
  default PagedIterable<Availability> availabilities(String productId, String skuId, String country,
      RequestOptions options) {
    return availabilities(productId, skuId, country, null, options);
  }

  /** Availabilities of a SKU in a country and segment ({@code null} segment = any). */
  PagedIterable<Availability> availabilities(String productId, String skuId, String country,
      TargetSegment targetSegment, RequestOptions options);

  default Availability availability(String productId, String skuId, String availabilityId, String country) {
    return availability(productId, skuId, availabilityId, country, RequestOptions.none());
  }

  Availability availability(String productId, String skuId, String availabilityId, String country,
      RequestOptions options);

  /** The availability a catalog item id ({@code productId:skuId:availabilityId}) points at. */
  default Availability availability(CatalogItemId id, String country) {
    return availability(id, country, RequestOptions.none());
  }

  default Availability availability(CatalogItemId id, String country, RequestOptions options) {
    return availability(id.productId(), id.skuId(), id.availabilityId(), country, options);
  }

  /** Legacy offers of a country, offset-paged. */
  default PagedIterable<Offer> offers(String country) {
    return offers(country, RequestOptions.none());
  }

  PagedIterable<Offer> offers(String country, RequestOptions options);

  default Offer offer(String offerId, String country) {
    return offer(offerId, country, RequestOptions.none());
  }

  Offer offer(String offerId, String country, RequestOptions options);

  /** The add-ons of a legacy offer, offset-paged. */
  default PagedIterable<Offer> offerAddOns(String offerId, String country) {
    return offerAddOns(offerId, country, RequestOptions.none());
  }

  PagedIterable<Offer> offerAddOns(String offerId, String country, RequestOptions options);
}
