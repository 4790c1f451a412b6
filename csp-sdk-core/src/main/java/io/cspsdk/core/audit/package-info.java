/**
 * Partner Center audit records (at most 90 days back), optionally filtered.
 */
package io.cspsdk.core.audit;
