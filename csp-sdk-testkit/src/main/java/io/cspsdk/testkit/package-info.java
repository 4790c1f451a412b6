/** csp-sdk-testkit. */
package io.cspsdk.testkit;
