/** Two-tier CSP: a distributor's indirect resellers, their customers and the subscriptions attributed to them. */
package io.cspsdk.core.relationships;
