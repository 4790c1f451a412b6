package io.cspsdk.billing.charges.internal;

import java.util.Optional;

/** Product, SKU and availability ids carried onto charge lines. */
record ProductRef(Optional<String> productId, Optional<String> skuId, Optional<String> availabilityId) {}
