/** Implementation helpers of csp-sdk-billing; not API. */
package io.cspsdk.billing.internal;
