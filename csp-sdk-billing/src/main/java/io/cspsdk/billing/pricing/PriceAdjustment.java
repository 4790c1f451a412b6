package io.cspsdk.billing.pricing;

/**
 * How a pricing rule turns a cost into a sales price: {@link Markup} on cost, {@link Margin} of the price,
 * {@link ErpDiscount} off Microsoft's suggested retail price, or a {@link FixedPrice}.
 */
public sealed interface PriceAdjustment permits Markup, Margin, ErpDiscount, FixedPrice {}
