/**
 * Two-tier mirroring: the distributor's read-only copy of its resellers' accounts (reseller → optional lite
 * reseller → end customer) and paid subscriptions, applied 1:1 from reseller-side events (idempotent by source id
 * and version, out-of-order safe), with the reseller-owned fields locked, drift repair by full re-sync, attribution
 * checks against Partner Center, and the bridge to distributor invoicing.
 */
package io.cspsdk.sync.twotier;
