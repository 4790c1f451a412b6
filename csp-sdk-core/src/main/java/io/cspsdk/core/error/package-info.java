/**
 * The unchecked exception tree: client-side failures and Partner Center's errors by HTTP status.
 */
package io.cspsdk.core.error;
