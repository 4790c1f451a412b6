/**
 * What every long-running sync job shares: a run with an id, states, counters and a history; listeners; a
 * cooperative stop at safe points; and a lease with a heartbeat so that only one node runs a partner's job at a time.
 */
package io.cspsdk.sync.job;
