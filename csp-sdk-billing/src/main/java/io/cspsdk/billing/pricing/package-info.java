/**
 * Partner → customer pricing: effective-dated price lists, markup / margin / ERP-discount / fixed-price rules with
 * scope precedence, guards, chained tiers and explicit currency conversion.
 */
package io.cspsdk.billing.pricing;
