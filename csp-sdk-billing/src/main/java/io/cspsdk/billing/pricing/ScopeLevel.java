package io.cspsdk.billing.pricing;

/** The scopes of pricing rules, most specific first: a rule of an earlier level wins over a later one. */
public enum ScopeLevel {
  SUBSCRIPTION,
  CUSTOMER_PRODUCT,
  CUSTOMER_CATEGORY,
  CUSTOMER,
  PRODUCT,
  CATEGORY,
  GLOBAL
}
