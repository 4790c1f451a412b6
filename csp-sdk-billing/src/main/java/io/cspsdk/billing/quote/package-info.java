/**
 * Quotes at the point of sale: Microsoft's cost, the sales price from the price lists and markup rules, the margin
 * and the first charge of a new subscription or a seat change, computed with the charge engine's rules. Pure.
 */
package io.cspsdk.billing.quote;
