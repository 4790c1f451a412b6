/** Invoices, statements and reconciliation line items (v1 paged API and Graph v2 exports). */
package io.cspsdk.core.invoices;
