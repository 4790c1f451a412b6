/**
 * The product catalog: products, SKUs, availabilities by country, segment and view; legacy offers.
 */
package io.cspsdk.core.catalog;
