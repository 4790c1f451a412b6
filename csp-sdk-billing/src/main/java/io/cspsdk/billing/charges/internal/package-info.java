/** Implementation of the charge engine (not API): the new-commerce and legacy runs, cycles, seat batches. */
package io.cspsdk.billing.charges.internal;
