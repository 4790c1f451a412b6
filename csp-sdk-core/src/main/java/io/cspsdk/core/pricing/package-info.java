/** The partner's licence-based price sheets. */
package io.cspsdk.core.pricing;
