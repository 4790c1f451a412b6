/** csp-sdk-billing. */
package io.cspsdk.billing;
