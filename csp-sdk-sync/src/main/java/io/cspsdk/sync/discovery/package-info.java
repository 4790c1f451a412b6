/**
 * Discovery: imports everything a partner has in Partner Center (customers, subscriptions with add-ons, users,
 * licences, orders, invoices with their line items) into the embedding product's own storage through a
 * {@link io.cspsdk.sync.discovery.DiscoverySink}; observable, stoppable, resumable, incremental, and safe to run on
 * several nodes sharing one {@link io.cspsdk.sync.store.JobStore}. Start with {@link io.cspsdk.sync.discovery.Discovery}.
 */
package io.cspsdk.sync.discovery;
