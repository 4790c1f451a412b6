/**
 * csp-sdk-sync: long-running, stateful jobs against Partner Center. Shared foundations in {@code job} (runs, states,
 * counters, listeners, stop, leases) and {@code store} (the job store SPI and its implementations); discovery in
 * {@code discovery}.
 */
package io.cspsdk.sync;
