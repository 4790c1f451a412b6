/**
 * Distributor invoicing in two-tier CSP: per-reseller tier price lists, the distributor → reseller invoice per
 * billing cycle (the billing report's structure and CSV, grouped by reseller, lite reseller and end customer), and
 * period close with late changes carried to the next period as adjustments.
 */
package io.cspsdk.billing.distributor;
