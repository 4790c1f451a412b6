/** Internal helpers of {@link io.cspsdk.billing.quote}; not API. */
package io.cspsdk.billing.quote.internal;
