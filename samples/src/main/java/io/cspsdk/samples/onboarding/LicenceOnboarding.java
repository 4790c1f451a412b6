package io.cspsdk.samples.onboarding;

import io.cspsdk.core.PartnerCenterClient;
import io.cspsdk.core.model.NewUser;
import io.cspsdk.core.model.SubscribedSku;
import io.cspsdk.core.model.Subscription;
import io.cspsdk.core.model.SubscriptionStatus;
import io.cspsdk.core.model.User;
import java.util.Optional;

/**
 * A consumer's own service over the client: every new user of a customer gets a licence of the product the
 * customer subscribes to, and when no licence is free the subscription gets one more seat first.
 *
 * <p>Order of the calls: find the subscription and its licence SKU, add a seat if none is free, create the user,
 * assign the licence. A refusal before the user is created (no subscription of the product, a seat increase
 * Partner Center refuses) leaves the customer as it was.
 */
public final class LicenceOnboarding {
  private final PartnerCenterClient pc;
  private final String product;
  private final String country;

  /**
   * @param pc the client
   * @param product the product and SKU whose licence new users get, {@code productId:skuId}
   *     (e.g. {@code CFQ7TTC0LH18:0001}, Microsoft 365 Business Basic)
   * @param country the customers' country, for the catalog look-up of the licence SKU
   */
  public LicenceOnboarding(PartnerCenterClient pc, String product, String country) {
    this.pc = pc;
    this.product = product;
    this.country = country;
  }

  /** What {@link #onboard} did. */
  public record Onboarded(User user, String licenceSkuId, String subscriptionId, boolean seatAdded, int seats) {}

  /**
   * Creates the user and assigns the licence.
   *
   * @throws OnboardingException when the customer has no active subscription of the product, or its SKU has no
   *     licences; nothing is created then
   */
  public Onboarded onboard(String customerId, NewUser user) {
    Subscription subscription = activeSubscription(customerId).orElseThrow(() -> new OnboardingException(
        "customer " + customerId + " has no active subscription of " + product + "; nothing was created"));
    String skuId = pc.catalog().licenseSkuId(subscription, country).orElseThrow(() -> new OnboardingException(
        product + " has no licences to assign; nothing was created"));
    int seats = subscription.quantity();
    boolean seatAdded = false;
    if (freeUnits(customerId, skuId) < 1) {
      seats = pc.subscriptions(customerId).changeQuantity(subscription.id(), seats + 1).quantity();
      seatAdded = true;
    }
    User created = pc.users(customerId).create(user);
    pc.licenses(customerId).assign(created.id(), skuId);
    return new Onboarded(created, skuId, subscription.id(), seatAdded, seats);
  }

  private Optional<Subscription> activeSubscription(String customerId) {
    return pc.subscriptions(customerId).list().stream()
        .filter(s -> s.parentSubscriptionId().isEmpty())
        .filter(s -> s.status().equals(SubscriptionStatus.ACTIVE))
        .filter(s -> s.offerId().startsWith(product + ":"))
        .findFirst();
  }

  private int freeUnits(String customerId, String skuId) {
    return pc.licenses(customerId).subscribedSkus().stream()
        .filter(s -> s.productSku().flatMap(p -> p.id()).filter(skuId::equalsIgnoreCase).isPresent())
        .map(SubscribedSku::availableUnits)
        .flatMap(Optional::stream)
        .findFirst()
        .orElse(0);
  }
}
