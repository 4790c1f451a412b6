/**
 * Carts (create, update, checkout) and orders (create, list, read, provisioning status) of one customer.
 */
package io.cspsdk.core.orders;
