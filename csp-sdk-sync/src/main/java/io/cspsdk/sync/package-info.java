/** csp-sdk-sync. */
package io.cspsdk.sync;
