/**
 * Subscriptions of one customer: reads, seat and status changes, auto-renew, scheduled next-term
 * instructions, and new-commerce upgrade transitions.
 */
package io.cspsdk.core.subscriptions;
