/** Reconciliation of Microsoft's lines against expected lines, and profit per customer and subscription. */
package io.cspsdk.billing.reconciliation;
