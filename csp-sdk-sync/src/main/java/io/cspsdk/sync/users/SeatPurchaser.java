package io.cspsdk.sync.users;

import io.cspsdk.core.model.Subscription;
import java.util.List;
import java.util.Optional;

/**
 * The caller's hook that buys missing seats before licences are assigned, by a subscription quantity change.
 * Partner Center does not say which subscription feeds a subscribed SKU, so the hook picks it among the customer's
 * subscriptions (empty = do not buy).
 */
@FunctionalInterface
public interface SeatPurchaser {
  Optional<SeatPurchase> purchase(String customerId, SeatShortage shortage, List<Subscription> subscriptions);
}
