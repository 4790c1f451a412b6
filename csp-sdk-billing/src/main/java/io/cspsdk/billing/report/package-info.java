/**
 * Customer billing reports: cost lines in, one section per billing cycle grouped by subscription and detail line,
 * aggregated as a stream; CSV export in a reseller and a customer view.
 */
package io.cspsdk.billing.report;
