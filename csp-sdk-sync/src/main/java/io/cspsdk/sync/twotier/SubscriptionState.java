package io.cspsdk.sync.twotier;

import io.cspsdk.core.error.ValidationException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A paid subscription as the reseller's system holds it: every field here is locked on the distributor's side.
 *
 * @param accountId the end customer's source id
 * @param parentSubscriptionId the base subscription's source id when this is an add-on
 * @param partnerCenterSubscriptionId the Partner Center subscription it corresponds to, when known
 * @param characteristics order characteristics (name → value)
 */
public record SubscriptionState(String accountId, MirrorStatus status, LocalDate startDate, LocalDate endDate,
                                LocalDate activationDate, boolean autoRenew, String product, String billingCycle,
                                int quantity, Map<String, String> characteristics,
                                Optional<String> parentSubscriptionId, Optional<String> partnerCenterSubscriptionId) {
  /** Validates field by field. */
  public SubscriptionState {
    if (accountId == null || accountId.isBlank()) {
      throw new ValidationException("subscription.accountId", "is required");
    }
    Objects.requireNonNull(status, "status");
    if (startDate == null) {
      throw new ValidationException("subscription.startDate", "is required");
    }
    if (endDate == null || endDate.isBefore(startDate)) {
      throw new ValidationException("subscription.endDate", "is required and must not be before startDate");
    }
    if (product == null || product.isBlank()) {
      throw new ValidationException("subscription.product", "is required");
    }
    if (billingCycle == null || billingCycle.isBlank()) {
      throw new ValidationException("subscription.billingCycle", "is required");
    }
    if (quantity < 1) {
      throw new ValidationException("subscription.quantity", "must be at least 1, was " + quantity);
    }
    characteristics = characteristics == null ? Map.of() : Map.copyOf(new TreeMap<>(characteristics));
    parentSubscriptionId = parentSubscriptionId == null ? Optional.empty() : parentSubscriptionId;
    partnerCenterSubscriptionId = partnerCenterSubscriptionId == null ? Optional.empty()
        : partnerCenterSubscriptionId;
  }

  /** Whether this is an add-on of another subscription. */
  public boolean isAddOn() {
    return parentSubscriptionId.isPresent();
  }

  public SubscriptionState withQuantity(int newQuantity) {
    return new SubscriptionState(accountId, status, startDate, endDate, activationDate, autoRenew, product,
        billingCycle, newQuantity, characteristics, parentSubscriptionId, partnerCenterSubscriptionId);
  }

  public SubscriptionState withStatus(MirrorStatus newStatus) {
    return new SubscriptionState(accountId, newStatus, startDate, endDate, activationDate, autoRenew, product,
        billingCycle, quantity, characteristics, parentSubscriptionId, partnerCenterSubscriptionId);
  }

  public SubscriptionState withTerm(LocalDate newStart, LocalDate newEnd) {
    return new SubscriptionState(accountId, status, newStart, newEnd, activationDate, autoRenew, product,
        billingCycle, quantity, characteristics, parentSubscriptionId, partnerCenterSubscriptionId);
  }
}
