/**
 * The unchecked exception tree: client-side failures, Partner Center's errors by HTTP status, typed business
 * refusals ({@link io.cspsdk.core.error.BusinessRefusal}) and {@link io.cspsdk.core.error.ErrorCodes}.
 */
package io.cspsdk.core.error;
