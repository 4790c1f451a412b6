/** Aggregation structures of the billing report builder; not API. */
package io.cspsdk.billing.report.internal;
