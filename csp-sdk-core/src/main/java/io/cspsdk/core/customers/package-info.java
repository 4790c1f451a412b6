/**
 * Customers of the partner: list (with {@link io.cspsdk.core.customers.CustomerFilter}), read, create, delete, profiles
 * and agreements.
 */
package io.cspsdk.core.customers;
